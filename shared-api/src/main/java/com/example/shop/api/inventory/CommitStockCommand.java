package com.example.shop.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Turn the units held for a confirmed order into units sold: they leave the stock on hand. */
public record CommitStockCommand(UUID productId, UUID orderId) {

    /** Commands for an inventory go to the stream of that product's inventory. */
    @TargetAggregateIdentifier
    public String inventoryId() {
        return InventoryId.of(productId);
    }
}
