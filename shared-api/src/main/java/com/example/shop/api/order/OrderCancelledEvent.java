package com.example.shop.api.order;

import com.example.shop.api.common.Money;

import java.util.List;
import java.util.UUID;

/**
 * The order was cancelled; its stock goes back.
 *
 * @param previousStatus PENDING (reservations are released) or CONFIRMED (sold units are returned)
 * @param cancelledBy    the user who cancelled it
 */
public record OrderCancelledEvent(UUID orderId, UUID customerId, String customerEmail, List<OrderLine> lines,
                                  Money total, OrderStatus previousStatus, UUID cancelledBy) implements OrderScoped {

    public OrderCancelledEvent {
        lines = List.copyOf(lines);
    }
}
