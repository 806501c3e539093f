package com.example.shop.api.inventory;

import com.example.shop.api.product.ProductScoped;

import java.util.UUID;

/** Units were added to the stock on hand. */
public record StockAddedEvent(UUID productId, int quantity) implements ProductScoped {
}
