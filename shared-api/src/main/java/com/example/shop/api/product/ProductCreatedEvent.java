package com.example.shop.api.product;

import com.example.shop.api.common.Money;

import java.util.UUID;

/** A product joined the catalog under a SKU that no other product carries. */
public record ProductCreatedEvent(UUID productId, String sku, String name, String description, Money price) implements ProductScoped {
}
