package com.example.shop.api.order;

import com.example.shop.api.common.Money;

import java.util.List;
import java.util.UUID;

/** A customer placed an order; its stock is yet to be reserved. */
public record OrderPlacedEvent(UUID orderId, UUID customerId, String customerEmail, List<OrderLine> lines,
                               Money total) implements OrderScoped {

    public OrderPlacedEvent {
        lines = List.copyOf(lines);
    }
}
