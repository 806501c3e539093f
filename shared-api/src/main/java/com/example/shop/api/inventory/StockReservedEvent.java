package com.example.shop.api.inventory;

import com.example.shop.api.order.OrderScoped;
import com.example.shop.api.product.ProductScoped;

import java.util.UUID;

/** Units are now held for an order and no longer available to others. */
public record StockReservedEvent(UUID productId, UUID orderId, int quantity) implements ProductScoped, OrderScoped {
}
