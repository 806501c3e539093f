package com.example.shop.query.visibility;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.FindOrderQuery;
import com.example.shop.api.order.OrderView;
import com.example.shop.web.problem.Problems;
import com.example.shop.web.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose order a caller may read: their own, or any if they are an admin. To anyone else an order does not exist,
 * so that the answer for somebody else's order and for no order is the same 404 and tells nothing.
 */
@Component
public class VisibleOrders {

    private final QueryGateway queries;

    VisibleOrders(QueryGateway queries) {
        this.queries = queries;
    }

    /** The order, if there is one and the caller may see it. */
    public Optional<OrderView> find(Caller caller, UUID orderId) {
        OrderView order = queries.query(new FindOrderQuery(orderId), ResponseTypes.instanceOf(OrderView.class))
                .join();
        return Optional.ofNullable(order).filter(found -> caller.maySeeWhatBelongsTo(found.customerId()));
    }

    /** What a caller gets for an order they may not see, or that is not there. */
    public static ResponseEntity<ProblemDetail> notFound(UUID orderId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, ErrorCode.ORDER_NOT_FOUND, "no order with id " + orderId));
    }
}
