package com.example.shop.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Give back the units held for an order that will not be fulfilled. Releasing nothing is not an error. */
public record ReleaseStockCommand(UUID productId, UUID orderId) {

    /** Commands for an inventory go to the stream of that product's inventory. */
    @TargetAggregateIdentifier
    public String inventoryId() {
        return InventoryId.of(productId);
    }
}
