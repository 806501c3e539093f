package com.example.shop.gateway.login;

import com.example.shop.gateway.throttle.AttemptWindow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts failed logins per e-mail and per client address in a sliding window ({@link AttemptWindow}). */
class LoginThrottle {

    private final int maxPerEmail;
    private final int maxPerAddress;
    private final AttemptWindow failures;

    LoginThrottle(int maxPerEmail, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
        this.failures = new AttemptWindow(window, clock);
    }

    /** How long the caller must wait before trying again, or empty when they may try now. */
    Optional<Duration> refusal(String email, String address) {
        Instant now = failures.now();
        Duration wait = AttemptWindow.longest(failures.waitFor(emailKey(email), maxPerEmail, now),
                failures.waitFor(addressKey(address), maxPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String email, String address) {
        Instant now = failures.now();
        failures.record(emailKey(email), now);
        failures.record(addressKey(address), now);
    }

    /**
     * Forgets the failures for this e-mail. Those of the address stay: otherwise an attacker could clear them by
     * logging in to an account of their own between guesses.
     */
    void succeeded(String email) {
        failures.forget(emailKey(email));
    }

    private static String emailKey(String email) {
        return "email:" + email;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
