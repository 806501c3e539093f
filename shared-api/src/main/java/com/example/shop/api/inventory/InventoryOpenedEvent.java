package com.example.shop.api.inventory;

import com.example.shop.api.product.ProductScoped;

import java.util.UUID;

/** A product's inventory was opened, with the stock it starts with. It shares the product's id. */
public record InventoryOpenedEvent(UUID productId, int initialStock) implements ProductScoped {
}
