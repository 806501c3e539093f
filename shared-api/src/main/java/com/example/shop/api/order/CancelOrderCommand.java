package com.example.shop.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Cancel a pending or confirmed order on behalf of its customer or an admin.
 *
 * @param requestedBy the user asking; anyone but the customer or an admin is told the order does not exist
 * @param byAdmin     whether that user is an admin
 */
public record CancelOrderCommand(@TargetAggregateIdentifier UUID orderId, UUID requestedBy, boolean byAdmin) {
}
