package com.example.shop.gateway.account;

/** Every hashing thread is busy and the queue before them is full: the caller should come back shortly. */
public class HashingSaturated extends RuntimeException {

    HashingSaturated() {
        super("too many password checks at once; try again in a moment", null, false, false);
    }
}
