package com.example.shop.command.support;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.common.Money;
import com.example.shop.api.order.OrderCancelledEvent;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderPlacedEvent;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.PlaceOrderCommand;

import java.util.List;
import java.util.UUID;

/**
 * Test data for orders: one customer's order of mugs (12.50 EUR) and lamps (40.00 EUR), and the events of its
 * life. Totals of events are computed here; tests of the total itself spell out the figure.
 */
public final class OrderFixtures {

    public static final UUID ORDER_ID = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    public static final UUID CUSTOMER_ID = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    public static final UUID ADMIN_ID = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    public static final UUID STRANGER_ID = UUID.fromString("00000000-0000-0000-0000-0000000000d3");
    public static final String CUSTOMER_EMAIL = "ada@example.com";
    public static final UUID MUG = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    public static final UUID LAMP = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private OrderFixtures() {
    }

    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    public static OrderLine mugs(int quantity) {
        return new OrderLine(MUG, "Blue Mug", quantity, eur("12.50"));
    }

    public static OrderLine lamps(int quantity) {
        return new OrderLine(LAMP, "Desk Lamp", quantity, eur("40.00"));
    }

    public static PlaceOrderCommand placeOrder(OrderLine... lines) {
        return new PlaceOrderCommand(ORDER_ID, CUSTOMER_ID, CUSTOMER_EMAIL, List.of(lines));
    }

    public static OrderPlacedEvent orderPlaced(OrderLine... lines) {
        return new OrderPlacedEvent(ORDER_ID, CUSTOMER_ID, CUSTOMER_EMAIL, List.of(lines), totalOf(lines));
    }

    public static OrderConfirmedEvent orderConfirmed(OrderLine... lines) {
        return new OrderConfirmedEvent(ORDER_ID, CUSTOMER_ID, CUSTOMER_EMAIL, List.of(lines), totalOf(lines));
    }

    public static OrderRejectedEvent orderRejected(ErrorCode reason, String details, OrderLine... lines) {
        return new OrderRejectedEvent(ORDER_ID, CUSTOMER_ID, CUSTOMER_EMAIL, List.of(lines), totalOf(lines),
                reason, details);
    }

    public static OrderCancelledEvent orderCancelled(OrderStatus previousStatus, UUID cancelledBy,
                                                     OrderLine... lines) {
        return new OrderCancelledEvent(ORDER_ID, CUSTOMER_ID, CUSTOMER_EMAIL, List.of(lines), totalOf(lines),
                previousStatus, cancelledBy);
    }

    private static Money totalOf(OrderLine... lines) {
        Money total = eur("0");
        for (OrderLine line : lines) {
            total = total.plus(line.subtotal());
        }
        return total;
    }
}
