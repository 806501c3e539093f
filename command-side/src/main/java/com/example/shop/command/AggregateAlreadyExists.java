package com.example.shop.command;

/**
 * A creation command was refused because its aggregate exists already: for a retried request with the same
 * idempotency key, the answer that the first attempt was stored.
 */
public class AggregateAlreadyExists extends RuntimeException {

    AggregateAlreadyExists(Throwable storeRefusal) {
        super("the aggregate exists already", storeRefusal);
    }
}
