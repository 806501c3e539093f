package com.example.shop.api.order;

import com.example.shop.api.common.Money;

import java.util.List;
import java.util.UUID;

/** Every line of the order was reserved; the order will be fulfilled. Carries what a notification needs. */
public record OrderConfirmedEvent(UUID orderId, UUID customerId, String customerEmail, List<OrderLine> lines,
                                  Money total) implements OrderScoped {

    public OrderConfirmedEvent {
        lines = List.copyOf(lines);
    }
}
