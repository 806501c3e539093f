package com.example.shop.api.inventory;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.OrderScoped;
import com.example.shop.api.product.ProductScoped;

import java.util.UUID;

/**
 * Units could not be held for an order.
 *
 * @param requested how many units the order line asked for
 * @param available how many were available at that moment
 * @param reason    {@link ErrorCode#OUT_OF_STOCK} or {@link ErrorCode#PRODUCT_DISCONTINUED}
 */
public record StockReservationRejectedEvent(UUID productId, UUID orderId, int requested, int available,
                                            ErrorCode reason) implements ProductScoped, OrderScoped {
}
