package com.example.shop.api.order;

/** Where an order stands. PENDING ends in CONFIRMED or REJECTED on its own; customers may cancel. */
public enum OrderStatus {
    /** Placed; stock is being reserved. */
    PENDING,
    /** Every line's stock was reserved and sold. */
    CONFIRMED,
    /** A line could not be fulfilled; nothing is held for it. */
    REJECTED,
    /** Cancelled by the customer or an admin; its stock is back. */
    CANCELLED
}
