package com.example.shop.api.inventory;

import com.example.shop.api.order.OrderScoped;
import com.example.shop.api.product.ProductScoped;

import java.util.UUID;

/** Units held for an order were sold and left the stock on hand. */
public record StockCommittedEvent(UUID productId, UUID orderId, int quantity) implements ProductScoped, OrderScoped {
}
