package com.example.shop.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Hold units of a product for one order line until the order is confirmed or given up. Asking again for the
 * same order holds nothing more.
 */
public record ReserveStockCommand(UUID productId, UUID orderId, int quantity) {

    /** Commands for an inventory go to the stream of that product's inventory. */
    @TargetAggregateIdentifier
    public String inventoryId() {
        return InventoryId.of(productId);
    }
}
