package com.example.shop.gateway.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Attempts per key (an e-mail, a client address, everybody) within a sliding window, in memory. Each gateway
 * instance counts for itself, which bounds what one caller gets through per instance; the cost of a shared store
 * is not worth it at this size. Memory stays bounded by what happened within one window.
 */
public final class AttemptWindow {

    private static final int SWEEP_EVERY = 1_000;

    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final AtomicLong recorded = new AtomicLong();

    public AttemptWindow(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** How long until the key has fewer than {@code max} attempts in the window; zero when it has already. */
    public Duration waitFor(String key, int max, Instant now) {
        Duration[] wait = {Duration.ZERO};
        attempts.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= max) {
                // Allowed again once enough of the oldest attempts have left the window to fall below the limit.
                Instant freedAt = times.stream().skip(times.size() - max).findFirst().orElseThrow().plus(window);
                wait[0] = Duration.between(now, freedAt);
            }
            return times.isEmpty() ? null : times;
        });
        return wait[0];
    }

    public void record(String key, Instant now) {
        attempts.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
        if (recorded.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
    }

    public void forget(String key) {
        attempts.remove(key);
    }

    public static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
    }

    private void sweep(Instant now) {
        attempts.keySet().forEach(key -> attempts.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            return times.isEmpty() ? null : times;
        }));
    }
}
