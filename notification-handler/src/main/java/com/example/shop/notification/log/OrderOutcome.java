package com.example.shop.notification.log;

/** The end of an order that a customer is told about; each gets at most one notification per order. */
public enum OrderOutcome {
    CONFIRMED,
    REJECTED,
    CANCELLED
}
