package com.example.shop.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Put the units sold to an order that was cancelled after confirmation back on hand, once per order. */
public record ReturnStockCommand(UUID productId, UUID orderId, int quantity) {

    /** Commands for an inventory go to the stream of that product's inventory. */
    @TargetAggregateIdentifier
    public String inventoryId() {
        return InventoryId.of(productId);
    }
}
