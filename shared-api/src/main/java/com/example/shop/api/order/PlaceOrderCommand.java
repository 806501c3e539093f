package com.example.shop.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Place an order for a customer. The lines already carry the prices captured from the catalog; the customer's
 * e-mail travels with the order so that outcomes can be told without asking another service.
 */
public record PlaceOrderCommand(@TargetAggregateIdentifier UUID orderId, UUID customerId, String customerEmail,
                                List<OrderLine> lines) {

    public PlaceOrderCommand {
        lines = List.copyOf(lines);
    }
}
