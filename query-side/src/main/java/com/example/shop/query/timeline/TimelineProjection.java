package com.example.shop.query.timeline;

import com.example.shop.api.inventory.StockCommittedEvent;
import com.example.shop.api.inventory.StockReleasedEvent;
import com.example.shop.api.inventory.StockReservationRejectedEvent;
import com.example.shop.api.inventory.StockReservedEvent;
import com.example.shop.api.inventory.StockReturnedEvent;
import com.example.shop.api.order.OrderCancelledEvent;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderPlacedEvent;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.query.replay.ReadModelGenerations;
import com.example.shop.query.replay.RebuildableReadModel;
import com.example.shop.query.replay.Rebuilds;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.UUID;

/**
 * Projects every event of an order's process into its timeline: the order's own events and the inventory
 * events its saga caused, which carry the order's id. Stored in PostgreSQL because a timeline is an
 * append-only list read by order, and its rows commit with the processor's token. Each step is keyed by its
 * event's id, so a redelivered event adds nothing; steps are ordered by their position in the event log.
 */
@Component
@ProcessingGroup(TimelineProjection.NAME)
class TimelineProjection extends RebuildableReadModel {

    static final String NAME = "order-timeline";

    private final JdbcClient jdbc;
    private final ReadModelGenerations generations;

    TimelineProjection(JdbcClient jdbc, ReadModelGenerations generations, Rebuilds rebuilds) {
        super(NAME, rebuilds);
        this.jdbc = jdbc;
        this.generations = generations;
    }

    @EventHandler
    void on(OrderPlacedEvent event, DomainEventMessage<?> message, TrackingToken token) {
        int generation = generations.writing(NAME);
        jdbc.sql("""
                        INSERT INTO timeline_order (generation, order_id, customer_id, status)
                        VALUES (:g, :order, :customer, :status) ON CONFLICT DO NOTHING""")
                .param("g", generation).param("order", event.orderId()).param("customer", event.customerId())
                .param("status", OrderStatus.PENDING.name())
                .update();
        event.lines().forEach(line -> jdbc.sql("""
                        INSERT INTO timeline_product_name (generation, order_id, product_id, product_name)
                        VALUES (:g, :order, :product, :name) ON CONFLICT DO NOTHING""")
                .param("g", generation).param("order", event.orderId()).param("product", line.productId())
                .param("name", line.productName())
                .update());
        step(generation, event.orderId(), message, token, TimelineNarrator.placed(event.lines(), event.total()));
    }

    @EventHandler
    void on(StockReservedEvent event, DomainEventMessage<?> message, TrackingToken token) {
        inventoryStep(event.orderId(), event.productId(), message, token,
                name -> TimelineNarrator.reserved(event.quantity(), name));
    }

    @EventHandler
    void on(StockReservationRejectedEvent event, DomainEventMessage<?> message, TrackingToken token) {
        inventoryStep(event.orderId(), event.productId(), message, token, name -> TimelineNarrator
                .reservationRefused(name, event.reason().name(), event.requested(), event.available()));
    }

    @EventHandler
    void on(StockReleasedEvent event, DomainEventMessage<?> message, TrackingToken token) {
        inventoryStep(event.orderId(), event.productId(), message, token,
                name -> TimelineNarrator.released(event.quantity(), name));
    }

    @EventHandler
    void on(StockCommittedEvent event, DomainEventMessage<?> message, TrackingToken token) {
        inventoryStep(event.orderId(), event.productId(), message, token,
                name -> TimelineNarrator.sold(event.quantity(), name));
    }

    @EventHandler
    void on(StockReturnedEvent event, DomainEventMessage<?> message, TrackingToken token) {
        inventoryStep(event.orderId(), event.productId(), message, token,
                name -> TimelineNarrator.returned(event.quantity(), name));
    }

    @EventHandler
    void on(OrderConfirmedEvent event, DomainEventMessage<?> message, TrackingToken token) {
        outcome(event.orderId(), OrderStatus.CONFIRMED, message, token, TimelineNarrator.confirmed(event.total()));
    }

    @EventHandler
    void on(OrderRejectedEvent event, DomainEventMessage<?> message, TrackingToken token) {
        outcome(event.orderId(), OrderStatus.REJECTED, message, token,
                TimelineNarrator.rejected(event.reason().name(), event.details()));
    }

    @EventHandler
    void on(OrderCancelledEvent event, DomainEventMessage<?> message, TrackingToken token) {
        outcome(event.orderId(), OrderStatus.CANCELLED, message, token,
                TimelineNarrator.cancelled(event.previousStatus().name()));
    }

    @Override
    public void dropGeneration(int generation) {
        for (String table : new String[]{"timeline_step", "timeline_product_name", "timeline_order"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE generation = :g").param("g", generation).update();
        }
    }

    private void outcome(UUID orderId, OrderStatus status, DomainEventMessage<?> message, TrackingToken token,
                         String details) {
        int generation = generations.writing(NAME);
        jdbc.sql("UPDATE timeline_order SET status = :status WHERE generation = :g AND order_id = :order")
                .param("status", status.name()).param("g", generation).param("order", orderId)
                .update();
        step(generation, orderId, message, token, details);
    }

    private void inventoryStep(UUID orderId, UUID productId, DomainEventMessage<?> message, TrackingToken token,
                               java.util.function.Function<String, String> details) {
        int generation = generations.writing(NAME);
        String productName = jdbc.sql("""
                        SELECT product_name FROM timeline_product_name
                        WHERE generation = :g AND order_id = :order AND product_id = :product""")
                .param("g", generation).param("order", orderId).param("product", productId)
                .query(String.class).optional()
                .orElse("product " + productId);
        step(generation, orderId, message, token, details.apply(productName));
    }

    private void step(int generation, UUID orderId, DomainEventMessage<?> message, TrackingToken token,
                      String details) {
        jdbc.sql("""
                        INSERT INTO timeline_step (generation, event_id, order_id, position, at, type, source, details)
                        VALUES (:g, :event, :order, :position, :at, :type, :source, :details)
                        ON CONFLICT DO NOTHING""")
                .param("g", generation)
                .param("event", message.getIdentifier())
                .param("order", orderId)
                .param("position", token.position().orElse(0L))
                .param("at", Timestamp.from(message.getTimestamp()))
                .param("type", message.getPayloadType().getSimpleName().replaceFirst("Event$", ""))
                .param("source", message.getType() + " " + message.getAggregateIdentifier())
                .param("details", details.length() > 500 ? details.substring(0, 500) : details)
                .update();
    }
}
