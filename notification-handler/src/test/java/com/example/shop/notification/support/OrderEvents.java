package com.example.shop.notification.support;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.common.Money;
import com.example.shop.api.order.OrderCancelledEvent;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.api.order.OrderStatus;

import java.util.List;
import java.util.UUID;

/**
 * Test data: outcome events of an order of mugs (12.50 EUR) and lamps (40.00 EUR), for a customer of the
 * test's own, so tests never see each other's mails or notifications.
 */
public final class OrderEvents {

    public static final String MUG_NAME = "Blue Mug";
    public static final String LAMP_NAME = "Desk Lamp";
    private static final UUID MUG = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID LAMP = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private OrderEvents() {
    }

    /** A customer of one test: an id and an address nobody else uses. */
    public record Customer(UUID id, String email) {

        public static Customer fresh() {
            UUID id = UUID.randomUUID();
            return new Customer(id, "customer-" + id + "@example.com");
        }

        public Customer withEmail(String email) {
            return new Customer(id, email);
        }
    }

    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    public static OrderLine mugs(int quantity) {
        return new OrderLine(MUG, MUG_NAME, quantity, eur("12.50"));
    }

    public static OrderLine lamps(int quantity) {
        return new OrderLine(LAMP, LAMP_NAME, quantity, eur("40.00"));
    }

    public static OrderConfirmedEvent confirmed(UUID orderId, Customer customer, OrderLine... lines) {
        return new OrderConfirmedEvent(orderId, customer.id(), customer.email(), List.of(lines), totalOf(lines));
    }

    public static OrderRejectedEvent rejected(UUID orderId, Customer customer, ErrorCode reason,
                                              OrderLine... lines) {
        return new OrderRejectedEvent(orderId, customer.id(), customer.email(), List.of(lines), totalOf(lines),
                reason, reason + ": requested 3 of product " + MUG + ", available 1");
    }

    public static OrderCancelledEvent cancelled(UUID orderId, Customer customer, OrderStatus previousStatus,
                                                OrderLine... lines) {
        return new OrderCancelledEvent(orderId, customer.id(), customer.email(), List.of(lines), totalOf(lines),
                previousStatus, customer.id());
    }

    private static Money totalOf(OrderLine... lines) {
        Money total = eur("0");
        for (OrderLine line : lines) {
            total = total.plus(line.subtotal());
        }
        return total;
    }
}
