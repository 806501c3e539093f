package com.example.shop.query.order;

import com.example.shop.api.order.FindOrderQuery;
import com.example.shop.api.order.FindOrdersQuery;
import com.example.shop.api.order.OrderPage;
import com.example.shop.api.order.OrderView;
import com.example.shop.query.replay.ReadModelGenerations;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers order queries from the active generation of the orders read model. */
@Component
class OrderQueries {

    private final OrderRows rows;
    private final ReadModelGenerations generations;

    OrderQueries(OrderRows rows, ReadModelGenerations generations) {
        this.rows = rows;
        this.generations = generations;
    }

    /** @return the order, or {@code null} when there is none */
    @QueryHandler
    @Transactional(readOnly = true)
    OrderView handle(FindOrderQuery query) {
        return rows.findById(new OrderRow.Key(generations.active(OrderProjection.NAME), query.orderId()))
                .map(OrderRow::toView)
                .orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    OrderPage handle(FindOrdersQuery query) {
        Page<OrderRow> page = rows.find(generations.active(OrderProjection.NAME), query.customerId(), query.status(),
                PageRequest.of(query.page(), query.size()));
        return new OrderPage(page.map(OrderRow::toView).toList(), query.page(), query.size(),
                page.getTotalElements());
    }
}
