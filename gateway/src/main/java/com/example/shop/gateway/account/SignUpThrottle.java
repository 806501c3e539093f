package com.example.shop.gateway.account;

import com.example.shop.gateway.throttle.AttemptWindow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-ups per client address and in total within a sliding window. Every sign-up costs a password hash and may
 * store an account, so the limit is taken before either: a flood past it gets 429 without any work done.
 */
class SignUpThrottle {

    private static final String EVERYBODY = "everybody";

    private final int maxPerAddress;
    private final int maxTotal;
    private final AttemptWindow attempts;

    SignUpThrottle(int maxPerAddress, int maxTotal, Duration window, Clock clock) {
        this.maxPerAddress = maxPerAddress;
        this.maxTotal = maxTotal;
        this.attempts = new AttemptWindow(window, clock);
    }

    /**
     * Counts a sign-up from this address, or says how long to wait when the address or everybody together is at
     * the limit. Checking and counting are one step, so that a burst of concurrent sign-ups cannot all pass the
     * check before any of them is counted.
     */
    synchronized Optional<Duration> admit(String address) {
        Instant now = attempts.now();
        String addressKey = "address:" + address;
        Duration wait = AttemptWindow.longest(attempts.waitFor(addressKey, maxPerAddress, now),
                attempts.waitFor(EVERYBODY, maxTotal, now));
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        attempts.record(addressKey, now);
        attempts.record(EVERYBODY, now);
        return Optional.empty();
    }
}
