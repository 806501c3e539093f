package com.example.shop.command.fulfilment;

import java.time.Duration;

/** How long an order may stay PENDING before the saga gives up on it with {@code TIMEOUT}. */
public record FulfilmentTimeout(Duration value) {
}
