package com.example.shop.benchmarks.load;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * When the requests of an open-loop load are due: the i-th at start + i / rate, whether or not earlier ones have been
 * answered, so that a stalled system shows its stall in every request queued behind it. The first {@code warmup}
 * of requests is sent but not recorded.
 */
public final class Arrivals {

    /** Sends one request; called once its due time ({@link System#nanoTime()}) has come. */
    @FunctionalInterface
    public interface Arrival {
        void due(long index, long dueNanos, boolean recorded);
    }

    private Arrivals() {
    }

    /** Calls {@code arrival} for every request due in warm-up and window, on time; answers how many are recorded. */
    public static long run(double rate, Duration warmup, Duration window, Arrival arrival) {
        long period = (long) (1e9 / rate);
        long start = System.nanoTime();
        long recordFrom = start + warmup.toNanos();
        long end = recordFrom + window.toNanos();
        long recorded = 0;
        for (long i = 0; ; i++) {
            long due = start + i * period;
            if (due >= end) {
                return recorded;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean inWindow = due >= recordFrom;
            recorded += inWindow ? 1 : 0;
            arrival.due(i, due, inWindow);
        }
    }
}
