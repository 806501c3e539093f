package com.example.shop.benchmarks.load;

import com.example.shop.benchmarks.cpu.CpuTime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput at saturation: as many orders as the system confirms. A POST answers 202 before the saga has
 * run, so sending as fast as POSTs are accepted would only pile up a backlog of pending orders and measure how
 * fast they are accepted. The senders keep at most a fixed number of orders placed but not yet confirmed, so
 * placing runs exactly as fast as confirming: the rate is sustained, end to end.
 */
public final class SaturationRun {

    /**
     * What one run measured: confirmed and accepted orders per second over the measured window, and the CPU time
     * each part of the system used in that same window.
     */
    public record Throughput(String target, double confirmedPerSecond, double acceptedPerSecond, long errors,
                             double seconds, List<Double> confirmedEachSecond, long confirmedInWindow,
                             CpuTime cpuInWindow) {
    }

    private final Storefront shop;
    private final ConfirmedOrders confirmed;
    private final int senders;
    private final int maxPending;

    public SaturationRun(Storefront shop, ConfirmedOrders confirmed, int senders, int maxPending) {
        this.shop = shop;
        this.confirmed = confirmed;
        this.senders = senders;
        this.maxPending = maxPending;
    }

    public Throughput run(String target, URI base, Duration warmup, Duration measure) throws InterruptedException {
        HttpClient http = LoadClients.newClient(4);
        ExecutorService pool = LoadClients.daemonPool("saturation", senders);
        AtomicLong accepted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long confirmedBefore = confirmed.total();
        long deadline = System.nanoTime() + warmup.toNanos() + measure.toNanos();
        for (int i = 0; i < senders; i++) {
            pool.execute(() -> sendUntil(deadline, http, base, accepted, errors, confirmedBefore));
        }
        Thread.sleep(warmup.toMillis());
        CpuTime cpuAtStart = CpuTime.readIfAvailable();
        long start = System.nanoTime();
        long confirmedAtStart = confirmed.total();
        long acceptedAtStart = accepted.get();
        long errorsAtStart = errors.get();
        List<Double> perSecond = new ArrayList<>();
        long previous = confirmedAtStart;
        long previousAt = start;
        while (System.nanoTime() < deadline) {
            Thread.sleep(Math.max(1, Math.min(1000, (deadline - System.nanoTime()) / 1_000_000)));
            long now = System.nanoTime();
            long current = confirmed.total();
            perSecond.add((current - previous) * 1e9 / (now - previousAt));
            previous = current;
            previousAt = now;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long confirmedInWindow = confirmed.total() - confirmedAtStart;
        CpuTime cpuInWindow = CpuTime.readIfAvailable().since(cpuAtStart);
        long acceptedInWindow = accepted.get() - acceptedAtStart;
        pool.shutdown();
        pool.awaitTermination(70, TimeUnit.SECONDS);
        awaitDrained(confirmedBefore + accepted.get());
        return new Throughput(target, confirmedInWindow / seconds, acceptedInWindow / seconds,
                errors.get() - errorsAtStart, seconds, perSecond, confirmedInWindow, cpuInWindow);
    }

    private void sendUntil(long deadline, HttpClient http, URI base, AtomicLong accepted, AtomicLong errors,
                           long confirmedBefore) {
        while (System.nanoTime() < deadline) {
            if (accepted.get() - (confirmed.total() - confirmedBefore) >= maxPending) {
                pause(2);
                continue;
            }
            try {
                HttpResponse<Void> response = http.send(shop.nextOrder(base).request(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 202) {
                    accepted.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
            } catch (java.io.IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Lets the saga finish the orders still pending, so the next phase starts from a quiet system. */
    private void awaitDrained(long expectedConfirmed) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (confirmed.total() < expectedConfirmed && System.nanoTime() < giveUp) {
            Thread.sleep(200);
        }
        Thread.sleep(2_500);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
