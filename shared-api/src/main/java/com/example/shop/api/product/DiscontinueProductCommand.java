package com.example.shop.api.product;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Take a product out of the catalog for good: it leaves the list and new orders for it are refused. */
public record DiscontinueProductCommand(@TargetAggregateIdentifier UUID productId) {
}
