package com.example.shop.api.inventory;

import java.util.UUID;

/**
 * The identifier of a product's inventory stream. An inventory belongs to exactly one product, but an event
 * store keys streams by identifier alone, so the inventory cannot reuse the product's id: it derives its own.
 */
public final class InventoryId {

    private static final String PREFIX = "inventory-";

    private InventoryId() {
    }

    public static String of(UUID productId) {
        return PREFIX + productId;
    }

    /** The product an aggregate identifier names: the product itself, or the product of an inventory stream. */
    public static String productIn(String aggregateIdentifier) {
        return aggregateIdentifier.startsWith(PREFIX) ? aggregateIdentifier.substring(PREFIX.length())
                : aggregateIdentifier;
    }
}
