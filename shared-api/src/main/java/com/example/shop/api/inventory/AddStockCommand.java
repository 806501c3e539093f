package com.example.shop.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Put more units of a product on hand, after a delivery or a stocktake. */
public record AddStockCommand(UUID productId, int quantity, StockAdditionReason reason) {

    /** Commands for an inventory go to the stream of that product's inventory. */
    @TargetAggregateIdentifier
    public String inventoryId() {
        return InventoryId.of(productId);
    }
}
