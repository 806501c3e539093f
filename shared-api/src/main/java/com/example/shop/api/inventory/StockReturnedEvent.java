package com.example.shop.api.inventory;

import com.example.shop.api.order.OrderScoped;
import com.example.shop.api.product.ProductScoped;

import java.util.UUID;

/** Units sold to a cancelled order are on hand again. */
public record StockReturnedEvent(UUID productId, UUID orderId, int quantity) implements ProductScoped, OrderScoped {
}
