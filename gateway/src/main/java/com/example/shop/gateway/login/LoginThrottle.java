package com.example.shop.gateway.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts failed logins per e-mail and per client address in a sliding window, in memory. Each gateway instance
 * counts for itself, which bounds guessing per instance; the cost of a shared store is not worth it at this size.
 */
class LoginThrottle {

    private static final int SWEEP_EVERY = 1_000;

    private final int maxPerEmail;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final AtomicLong recorded = new AtomicLong();

    LoginThrottle(int maxPerEmail, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when they may try now. */
    Optional<Duration> refusal(String email, String address) {
        Instant now = clock.instant();
        Duration wait = longest(waitFor(emailKey(email), maxPerEmail, now), waitFor(addressKey(address), maxPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        record(emailKey(email), now);
        record(addressKey(address), now);
        if (recorded.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
    }

    /**
     * Forgets the failures for this e-mail. Those of the address stay: otherwise an attacker could clear them by
     * logging in to an account of their own between guesses.
     */
    void succeeded(String email) {
        failures.remove(emailKey(email));
    }

    private Duration waitFor(String key, int max, Instant now) {
        Duration[] wait = {Duration.ZERO};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= max) {
                // Allowed again once enough of the oldest failures have left the window to fall below the limit.
                Instant freedAt = times.stream().skip(times.size() - max).findFirst().orElseThrow().plus(window);
                wait[0] = Duration.between(now, freedAt);
            }
            return times.isEmpty() ? null : times;
        });
        return wait[0];
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
    }

    /** Keeps memory bounded by what happened within one window, however many e-mails were tried. */
    private void sweep(Instant now) {
        failures.keySet().forEach(key -> failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            return times.isEmpty() ? null : times;
        }));
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String emailKey(String email) {
        return "email:" + email;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
