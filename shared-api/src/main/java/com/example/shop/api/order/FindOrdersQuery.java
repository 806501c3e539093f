package com.example.shop.api.order;

import java.util.UUID;

/**
 * Ask for a page of orders, newest first; answered by an {@link OrderPage}.
 *
 * @param customerId only this customer's orders, or {@code null} for everybody's
 * @param status     only orders in this status, or {@code null} for all
 */
public record FindOrdersQuery(UUID customerId, OrderStatus status, int page, int size) {
}
