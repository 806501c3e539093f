package com.example.shop.query.order;

import com.example.shop.api.order.OrderCancelledEvent;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderPlacedEvent;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.query.replay.ReadModelGenerations;
import com.example.shop.query.replay.RebuildableReadModel;
import com.example.shop.query.replay.Rebuilds;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Projects order events into the orders read model. Idempotent: each order row remembers the sequence number
 * of the last event applied to it, so a redelivered event changes nothing. Times come from the events, never
 * from the clock, so a rebuild yields exactly the same rows.
 */
@Component
@ProcessingGroup(OrderProjection.NAME)
class OrderProjection extends RebuildableReadModel {

    static final String NAME = "orders";

    private final OrderRows rows;
    private final ReadModelGenerations generations;
    private final JdbcClient jdbc;

    OrderProjection(OrderRows rows, ReadModelGenerations generations, Rebuilds rebuilds, JdbcClient jdbc) {
        super(NAME, rebuilds);
        this.rows = rows;
        this.generations = generations;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        int generation = generations.writing(NAME);
        // findById looks in the unit of work's persistence context first; a query (existsById) would flush the
        // rows batched so far on every event.
        if (rows.findById(new OrderRow.Key(generation, event.orderId())).isPresent()) {
            return;
        }
        rows.save(new OrderRow(generation, event.orderId(), event.customerId(), event.lines(), event.total(), at,
                sequence));
    }

    @EventHandler
    void on(OrderConfirmedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.orderId(), OrderStatus.CONFIRMED, null, at, sequence);
    }

    @EventHandler
    void on(OrderRejectedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.orderId(), OrderStatus.REJECTED, event.reason(), at, sequence);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.orderId(), OrderStatus.CANCELLED, null, at, sequence);
    }

    @Override
    public void dropGeneration(int generation) {
        jdbc.sql("DELETE FROM order_line_view WHERE generation = :g").param("g", generation).update();
        jdbc.sql("DELETE FROM order_view WHERE generation = :g").param("g", generation).update();
    }

    private void change(UUID orderId, OrderStatus status, com.example.shop.api.common.ErrorCode reason, Instant at,
                        long sequence) {
        OrderRow row = rows.findById(new OrderRow.Key(generations.writing(NAME), orderId))
                // An order's events arrive in order, so its row exists; if not, retrying is the safe answer.
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " is not projected yet"));
        if (!row.hasApplied(sequence)) {
            row.changeStatus(status, reason, at, sequence);
        }
    }
}
