package com.example.shop.api.order;

import com.example.shop.api.common.ErrorCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Reject a pending order that cannot be fulfilled. Has no effect on an order that is no longer pending.
 *
 * @param reason  why, as a stable code such as {@link ErrorCode#OUT_OF_STOCK}
 * @param details the same in words, for people
 */
public record RejectOrderCommand(@TargetAggregateIdentifier UUID orderId, ErrorCode reason, String details) {
}
