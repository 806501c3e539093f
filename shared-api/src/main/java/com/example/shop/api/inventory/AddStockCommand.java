package com.example.shop.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Put more units of a product on hand, for example after a delivery. */
public record AddStockCommand(UUID productId, int quantity) {

    /** Commands for an inventory go to the stream of that product's inventory. */
    @TargetAggregateIdentifier
    public String inventoryId() {
        return InventoryId.of(productId);
    }
}
