package com.example.shop.benchmarks.load;

import java.util.concurrent.locks.LockSupport;

/**
 * When the requests of an open-loop load are due: the i-th at start + i / rate, whether or not earlier ones have been
 * answered, so that a stalled system shows its stall in every request queued behind it.
 */
public final class Arrivals {

    /** Sends one request; called once its due time ({@link System#nanoTime()}) has come. */
    @FunctionalInterface
    public interface Arrival {
        void due(long index, long dueNanos);
    }

    private Arrivals() {
    }

    /** Calls {@code arrival} for every request due from {@code start} until before {@code end}, on time. */
    public static void run(double rate, long start, long end, Arrival arrival) {
        long period = (long) (1e9 / rate);
        for (long i = 0; ; i++) {
            long due = start + i * period;
            if (due >= end) {
                return;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            arrival.due(i, due);
        }
    }
}
