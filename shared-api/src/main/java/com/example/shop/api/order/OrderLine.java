package com.example.shop.api.order;

import com.example.shop.api.common.Money;

import java.util.UUID;

/** One line of an order: a product, how many, and the unit price captured when the order was placed. */
public record OrderLine(UUID productId, String productName, int quantity, Money unitPrice) {

    public Money subtotal() {
        return unitPrice.times(quantity);
    }
}
