package com.example.shop.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Confirm a pending order whose stock is all reserved. Has no effect on an order that is no longer pending. */
public record ConfirmOrderCommand(@TargetAggregateIdentifier UUID orderId) {
}
