package com.example.shop.api.product;

import com.example.shop.api.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Change what customers see of a product: its name, description and price for future orders. */
public record ChangeProductDetailsCommand(@TargetAggregateIdentifier UUID productId, String name,
                                          String description, Money price) {
}
