package com.example.shop.benchmarks;

import java.time.Duration;

/**
 * How long each phase runs and how much history is seeded: a quick try-out, or the full run. {@code jitWarmup} is
 * the least load every freshly started system gets before anything is measured, and {@code jitWarmupLimit} the
 * most: the warm-up goes on until the services' JIT compilers are nearly done (see {@code Benchmark.warmUp}). With a
 * fixed 25 s of it, the first 30 s round through the gateway confirmed 92 orders/s and the second 185; on a machine
 * a quarter as fast, C2 was still compiling 90 methods a minute in each service after a fixed two minutes.
 * {@code catalogProducts} is the size of the catalog the read phase searches.
 */
record BenchmarkSettings(boolean quick, Duration jitWarmup, Duration jitWarmupLimit, Duration saturationWarmup,
                         Duration saturationWindow,
                         int saturationRounds,
                         Duration latencyWarmup, Duration latencyWindow, Duration floorWindow, long replayEvents,
                         long largeStoreEvents, int busyInventoryEvents, int catalogProducts, Duration readWarmup,
                         Duration readWindow) {

    static BenchmarkSettings of(boolean quick) {
        return quick
                ? new BenchmarkSettings(true, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 1,
                Duration.ofSeconds(3), Duration.ofSeconds(12), Duration.ofSeconds(8), 30_000, 100_000, 10_000,
                1_000, Duration.ofSeconds(3), Duration.ofSeconds(8))
                : new BenchmarkSettings(false, Duration.ofSeconds(120), Duration.ofSeconds(600), Duration.ofSeconds(10),
                Duration.ofSeconds(30), 2,
                Duration.ofSeconds(5), Duration.ofSeconds(45), Duration.ofSeconds(20), 1_000_000, 5_000_000, 10_000,
                10_000, Duration.ofSeconds(5), Duration.ofSeconds(15));
    }
}
