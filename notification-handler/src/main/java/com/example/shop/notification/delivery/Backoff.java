package com.example.shop.notification.delivery;

import java.time.Duration;

/** Waits between attempts: the initial wait, doubled after every further failure, never above the maximum. */
record Backoff(Duration initial, Duration max) {

    /** @param failedAttempts how many attempts have failed so far, at least 1 */
    Duration after(int failedAttempts) {
        Duration wait = initial;
        for (int attempt = 1; attempt < failedAttempts && wait.compareTo(max) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
