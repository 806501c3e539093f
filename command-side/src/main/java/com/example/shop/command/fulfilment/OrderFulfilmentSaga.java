package com.example.shop.command.fulfilment;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.inventory.CommitStockCommand;
import com.example.shop.api.inventory.ReleaseStockCommand;
import com.example.shop.api.inventory.ReserveStockCommand;
import com.example.shop.api.inventory.ReturnStockCommand;
import com.example.shop.api.inventory.StockReservationRejectedEvent;
import com.example.shop.api.inventory.StockReservedEvent;
import com.example.shop.api.order.ConfirmOrderCommand;
import com.example.shop.api.order.OrderCancelledEvent;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderPlacedEvent;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.RejectOrderCommand;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Drives one order from placement to an outcome.
 *
 * <pre>
 * OrderPlaced                 → reserve line 1 (a deadline starts)
 * StockReserved, lines left   → reserve the next line
 * StockReserved, none left    → confirm the order
 * OrderConfirmed              → commit every reservation (the units are sold) · end
 * StockReservationRejected    → release every line, reject the order with the refusal's reason
 * deadline, still reserving   → release every line, reject with TIMEOUT
 * OrderRejected               → end
 * OrderCancelled (pending)    → release every line · end
 * OrderCancelled (confirmed)  → return every line's units to stock · end  (a fresh instance: the first ended)
 * </pre>
 * Lines are reserved one after another, so an order stops at its first refusal and its story reads in order.
 * Commands are sent and awaited: a technical failure rolls the step back and the processor retries it, while
 * every business outcome arrives as an event. Commands it sends may arrive twice; each is idempotent.
 */
@Saga
@ProcessingGroup("order-fulfilment")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class OrderFulfilmentSaga {

    static final String TIMEOUT_DEADLINE = "order-fulfilment-timeout";

    enum Stage { RESERVING, CONFIRMING, REJECTING }

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient FulfilmentTimeout timeout;

    private UUID orderId;
    private List<OrderLine> lines = new ArrayList<>();
    private Set<UUID> reserved = new LinkedHashSet<>();
    private Stage stage;
    private String deadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        lines = new ArrayList<>(event.lines());
        stage = Stage.RESERVING;
        deadlineId = deadlines.schedule(timeout.value(), TIMEOUT_DEADLINE);
        reserve(lines.get(0));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(StockReservedEvent event) {
        reserved.add(event.productId());
        if (stage != Stage.RESERVING) {
            // The order was given up while this reservation was on its way: hand the units straight back.
            commands.sendAndWait(new ReleaseStockCommand(event.productId(), orderId));
            return;
        }
        if (reserved.size() < lines.size()) {
            reserve(lines.get(reserved.size()));
            return;
        }
        stage = Stage.CONFIRMING;
        commands.sendAndWait(new ConfirmOrderCommand(orderId));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(StockReservationRejectedEvent event) {
        if (stage == Stage.RESERVING) {
            giveUp(event.reason(), "%s: requested %d of product %s, available %d".formatted(
                    event.reason(), event.requested(), event.productId(), event.available()));
        }
    }

    @DeadlineHandler(deadlineName = TIMEOUT_DEADLINE)
    void onTimeout() {
        deadlineId = null;
        if (stage == Stage.RESERVING) {
            giveUp(ErrorCode.TIMEOUT, "TIMEOUT: stock could not be reserved within " + timeout.value());
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderConfirmedEvent event) {
        cancelDeadline();
        event.lines().forEach(line -> commands.sendAndWait(new CommitStockCommand(line.productId(), orderId)));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRejectedEvent event) {
        cancelDeadline();
    }

    /**
     * Starts a fresh instance when the order was confirmed (the first instance has ended) and reaches the live
     * one when the order is still pending.
     */
    @StartSaga
    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelledEvent event) {
        orderId = event.orderId();
        cancelDeadline();
        if (event.previousStatus() == OrderStatus.CONFIRMED) {
            event.lines().forEach(line ->
                    commands.sendAndWait(new ReturnStockCommand(line.productId(), orderId, line.quantity())));
        } else {
            event.lines().forEach(line -> commands.sendAndWait(new ReleaseStockCommand(line.productId(), orderId)));
        }
    }

    private void reserve(OrderLine line) {
        commands.sendAndWait(new ReserveStockCommand(line.productId(), orderId, line.quantity()));
    }

    /**
     * Releases every line, not only those this saga has seen reserved: a reservation may be stored but not yet
     * handled here (a deadline can fire before it arrives). Releasing a line that holds nothing does nothing.
     */
    private void giveUp(ErrorCode reason, String details) {
        stage = Stage.REJECTING;
        lines.forEach(line -> commands.sendAndWait(new ReleaseStockCommand(line.productId(), orderId)));
        commands.sendAndWait(new RejectOrderCommand(orderId, reason, details));
    }

    private void cancelDeadline() {
        if (deadlineId != null) {
            deadlines.cancelSchedule(TIMEOUT_DEADLINE, deadlineId);
            deadlineId = null;
        }
    }
}
