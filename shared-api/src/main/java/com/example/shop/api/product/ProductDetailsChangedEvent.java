package com.example.shop.api.product;

import com.example.shop.api.common.Money;

import java.util.UUID;

/** A product's name, description or price changed; orders placed earlier keep the price they captured. */
public record ProductDetailsChangedEvent(UUID productId, String name, String description, Money price) implements ProductScoped {
}
