package com.example.shop.api.product;

import com.example.shop.api.common.Money;

import java.util.UUID;

/** A product as customers see it, with the stock that can still be ordered. */
public record ProductView(UUID id, String sku, String name, String description, Money price,
                          int availableStock, ProductStatus status) {
}
