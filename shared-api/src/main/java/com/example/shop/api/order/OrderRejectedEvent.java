package com.example.shop.api.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.common.Money;

import java.util.List;
import java.util.UUID;

/**
 * The order could not be fulfilled and holds no stock.
 *
 * @param reason  a stable code such as {@link ErrorCode#OUT_OF_STOCK} or {@link ErrorCode#TIMEOUT}
 * @param details the reason in words
 */
public record OrderRejectedEvent(UUID orderId, UUID customerId, String customerEmail, List<OrderLine> lines,
                                 Money total, ErrorCode reason, String details) implements OrderScoped {

    public OrderRejectedEvent {
        lines = List.copyOf(lines);
    }
}
