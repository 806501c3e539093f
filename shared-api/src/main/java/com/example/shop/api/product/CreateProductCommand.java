package com.example.shop.api.product;

import com.example.shop.api.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Add a product to the catalog and open its inventory with an initial stock. The SKU must not be used
 * by any other product, discontinued ones included.
 */
public record CreateProductCommand(@TargetAggregateIdentifier UUID productId, String sku, String name,
                                   String description, Money price, int initialStock) {
}
