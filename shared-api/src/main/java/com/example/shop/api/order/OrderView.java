package com.example.shop.api.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.common.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as its customer sees it. {@code rejectionReason} is set only for REJECTED orders. */
public record OrderView(UUID id, UUID customerId, OrderStatus status, List<OrderLine> lines, Money total,
                        ErrorCode rejectionReason, Instant createdAt, Instant updatedAt) {

    public OrderView {
        lines = List.copyOf(lines);
    }
}
