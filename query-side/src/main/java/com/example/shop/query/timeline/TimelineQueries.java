package com.example.shop.query.timeline;

import com.example.shop.api.order.FindOrderTimelineQuery;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.OrderTimelineView;
import com.example.shop.api.order.TimelineStep;
import com.example.shop.query.replay.ReadModelGenerations;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers timeline queries from the active generation of the timeline. */
@Component
class TimelineQueries {

    private final JdbcClient jdbc;
    private final ReadModelGenerations generations;

    TimelineQueries(JdbcClient jdbc, ReadModelGenerations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    /** @return the order's steps, oldest first, or {@code null} when the order is unknown */
    @QueryHandler
    OrderTimelineView handle(FindOrderTimelineQuery query) {
        int generation = generations.active(TimelineProjection.NAME);
        return jdbc.sql("SELECT status FROM timeline_order WHERE generation = :g AND order_id = :order")
                .param("g", generation).param("order", query.orderId())
                .query(String.class).optional()
                .map(status -> new OrderTimelineView(query.orderId(), OrderStatus.valueOf(status),
                        steps(generation, query)))
                .orElse(null);
    }

    private List<TimelineStep> steps(int generation, FindOrderTimelineQuery query) {
        return jdbc.sql("""
                        SELECT at, type, source, details FROM timeline_step
                        WHERE generation = :g AND order_id = :order ORDER BY position, at""")
                .param("g", generation).param("order", query.orderId())
                .query((rs, row) -> new TimelineStep(rs.getTimestamp("at").toInstant(), rs.getString("type"),
                        rs.getString("source"), rs.getString("details")))
                .list();
    }
}
