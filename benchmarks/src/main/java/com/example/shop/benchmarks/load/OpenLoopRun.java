package com.example.shop.benchmarks.load;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency at a fixed arrival rate, open loop: the i-th order is due at start + i / rate whether or not earlier
 * ones have been answered, and its latency counts from when it was due, not from when it was sent. A stalled
 * system therefore shows its stall in every order that queued behind it (no coordinated omission).
 * A few orders a second are also read back through GET /api/orders/{id} until they show CONFIRMED, for the lag
 * between placing an order and its outcome being visible.
 */
public final class OpenLoopRun {

    private static final long LAG_POLL_MILLIS = 10;
    private static final int LAG_SAMPLES_PER_SECOND = 5;

    /** Latencies in microseconds. */
    public record Latency(String target, double rate, long sent, long errors, Histogram post, Histogram confirmLag) {
    }

    private final Storefront shop;

    public OpenLoopRun(Storefront shop) {
        this.shop = shop;
    }

    public Latency run(String target, URI base, double rate, Duration warmup, Duration measure)
            throws InterruptedException {
        HttpClient http = LoadClients.newClient(8);
        ScheduledExecutorService lagPollers = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "confirm-lag");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorService lagReaders = LoadClients.daemonPool("confirm-lag-read", 4);
        Histogram post = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
        Histogram lag = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        long lagEvery = Math.max(1, Math.round(rate / LAG_SAMPLES_PER_SECOND));
        long sent = Arrivals.run(rate, warmup, measure, (i, due, recorded) -> {
            boolean sampleLag = recorded && i % lagEvery == 0;
            Storefront.PlannedOrder order = shop.nextOrder(base);
            outstanding.incrementAndGet();
            http.sendAsync(order.request(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long done = System.nanoTime();
                outstanding.decrementAndGet();
                if (!recorded) {
                    return;
                }
                if (failure != null || response.statusCode() != 202) {
                    errors.incrementAndGet();
                    return;
                }
                post.recordValue(Math.max(0, (done - due) / 1_000));
                if (sampleLag) {
                    String id = LoadClients.orderId(response.body());
                    if (id != null) {
                        HttpRequest read = HttpRequest.newBuilder(base.resolve("/api/orders/" + id))
                                .header("Authorization", "Bearer " + order.token()).GET().build();
                        pollUntilConfirmed(http, read, due, lag, lagPollers, lagReaders);
                    }
                }
            });
        });
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (outstanding.get() > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
        Thread.sleep(3_000);
        lagPollers.shutdownNow();
        lagReaders.shutdownNow();
        errors.addAndGet(outstanding.get());
        return new Latency(target, rate, sent, errors.get(), post, lag);
    }

    private static void pollUntilConfirmed(HttpClient http, HttpRequest read, long due, Histogram lag,
                                           ScheduledExecutorService pollers, ExecutorService readers) {
        long giveUp = due + TimeUnit.SECONDS.toNanos(60);
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> readers.execute(() -> {
            try {
                HttpResponse<String> answer = http.send(read, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"CONFIRMED\"")) {
                    lag.recordValue(Math.max(0, (System.nanoTime() - due) / 1_000));
                } else if (System.nanoTime() < giveUp) {
                    pollers.schedule(poll[0], LAG_POLL_MILLIS, TimeUnit.MILLISECONDS);
                }
            } catch (java.io.IOException | java.util.concurrent.RejectedExecutionException e) {
                // the phase is over or the read failed: this sample is lost, the others stand
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            pollers.schedule(poll[0], LAG_POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the phase is over
        }
    }
}
