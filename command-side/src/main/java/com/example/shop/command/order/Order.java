package com.example.shop.command.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.common.Money;
import com.example.shop.api.order.CancelOrderCommand;
import com.example.shop.api.order.ConfirmOrderCommand;
import com.example.shop.api.order.OrderCancelledEvent;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderPlacedEvent;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.PlaceOrderCommand;
import com.example.shop.api.order.RejectOrderCommand;
import com.example.shop.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's order. It keeps its customer, lines and total because every outcome event carries them: the
 * services that react to outcomes (e-mail, read models) then need nothing but the event.
 */
@Aggregate(cache = "aggregateCache")
class Order {

    static final int MAX_QUANTITY = 1000;

    @AggregateIdentifier
    private UUID orderId;
    private UUID customerId;
    private String customerEmail;
    private List<OrderLine> lines;
    private Money total;
    private OrderStatus status;

    protected Order() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Order(PlaceOrderCommand command) {
        List<OrderLine> lines = command.lines();
        if (lines.isEmpty()) {
            throw new Refusal(ErrorCode.VALIDATION_FAILED, "an order needs at least one line");
        }
        if (lines.stream().anyMatch(line -> line.quantity() < 1 || line.quantity() > MAX_QUANTITY)) {
            throw new Refusal(ErrorCode.VALIDATION_FAILED, "quantities must be between 1 and " + MAX_QUANTITY);
        }
        if (new HashSet<>(lines.stream().map(OrderLine::productId).toList()).size() != lines.size()) {
            throw new Refusal(ErrorCode.VALIDATION_FAILED, "each product may appear on one line only");
        }
        String currency = lines.get(0).unitPrice().currency();
        if (lines.stream().anyMatch(line -> !line.unitPrice().currency().equals(currency))) {
            throw new Refusal(ErrorCode.CURRENCY_MISMATCH, "all products of an order must be priced in one currency");
        }
        Money total = lines.stream().map(OrderLine::subtotal).reduce(Money.zero(currency), Money::plus);
        apply(new OrderPlacedEvent(command.orderId(), command.customerId(), command.customerEmail(), lines, total));
    }

    /** No effect unless PENDING: the saga may retry, and a cancelled order stays cancelled. */
    @CommandHandler
    void handle(ConfirmOrderCommand command) {
        if (status == OrderStatus.PENDING) {
            apply(new OrderConfirmedEvent(orderId, customerId, customerEmail, lines, total));
        }
    }

    /** No effect unless PENDING, for the same reasons as confirmation. */
    @CommandHandler
    void handle(RejectOrderCommand command) {
        if (status == OrderStatus.PENDING) {
            apply(new OrderRejectedEvent(orderId, customerId, customerEmail, lines, total, command.reason(),
                    command.details()));
        }
    }

    @CommandHandler
    void handle(CancelOrderCommand command) {
        if (!command.byAdmin() && !customerId.equals(command.requestedBy())) {
            // Somebody else's order does not exist, as far as this caller can tell.
            throw new Refusal(ErrorCode.ORDER_NOT_FOUND, "order " + orderId + " not found");
        }
        if (status == OrderStatus.REJECTED || status == OrderStatus.CANCELLED) {
            throw new Refusal(ErrorCode.ORDER_NOT_CANCELLABLE, "order " + orderId + " is already " + status);
        }
        apply(new OrderCancelledEvent(orderId, customerId, customerEmail, lines, total, status,
                command.requestedBy()));
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        customerId = event.customerId();
        customerEmail = event.customerEmail();
        lines = event.lines();
        total = event.total();
        status = OrderStatus.PENDING;
    }

    @EventSourcingHandler
    void on(OrderConfirmedEvent event) {
        status = OrderStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(OrderRejectedEvent event) {
        status = OrderStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = OrderStatus.CANCELLED;
    }
}
