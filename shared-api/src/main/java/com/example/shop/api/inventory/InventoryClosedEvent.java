package com.example.shop.api.inventory;

import com.example.shop.api.product.ProductScoped;

import java.util.UUID;

/** A product's inventory takes no more reservations; those already held can still be committed or released. */
public record InventoryClosedEvent(UUID productId) implements ProductScoped {
}
