package com.example.shop.benchmarks.read;

import com.example.shop.benchmarks.cpu.CpuTime;
import com.example.shop.benchmarks.load.Arrivals;
import com.example.shop.benchmarks.load.LoadClients;
import com.example.shop.benchmarks.read.StorefrontReads.Read;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads at saturation (closed loop: a fixed number of connections, each sending its next read as soon as the last is
 * answered, as {@code wrk} does) and at a fixed rate (open loop: the i-th read is due at start + i / rate and its
 * latency counts from then, so a stall shows in every read queued behind it).
 */
public final class ReadRun {

    /** Reads per second over the window, answer times in microseconds, and the CPU each part used meanwhile. */
    public record ReadThroughput(String read, String target, int connections, double perSecond, long errors,
                                 Histogram latency, long reads, CpuTime cpuInWindow) {
    }

    /** Answer times in microseconds from when each read was due. */
    public record ReadLatency(String read, String target, double rate, long sent, long errors, Histogram latency) {
    }

    private ReadRun() {
    }

    public static ReadThroughput saturate(Read read, String target, URI base, int connections, Duration warmup,
                                          Duration window) throws InterruptedException {
        HttpClient http = LoadClients.newClient(connections);
        ExecutorService readers = LoadClients.daemonPool("read", connections);
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong reads = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long recordFrom = System.nanoTime() + warmup.toNanos();
        long end = recordFrom + window.toNanos();
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            readers.execute(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        boolean ok = answered(http, read, base);
                        long answered = System.nanoTime();
                        if (sent >= recordFrom && answered < end) {
                            reads.incrementAndGet();
                            latency.recordValue((answered - sent) / 1_000);
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(warmup.toMillis());
        CpuTime cpuAtStart = CpuTime.readIfAvailable();
        done.await();
        CpuTime cpu = CpuTime.readIfAvailable().since(cpuAtStart);
        readers.shutdown();
        return new ReadThroughput(read.name(), target, connections, reads.get() / (window.toNanos() / 1e9),
                errors.get(), latency, reads.get(), cpu);
    }

    public static ReadLatency atRate(Read read, String target, URI base, double rate, Duration warmup,
                                     Duration window) throws InterruptedException {
        HttpClient http = LoadClients.newClient(8);
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        long sent = Arrivals.run(rate, warmup, window, (i, due, recorded) -> {
            outstanding.incrementAndGet();
            http.sendAsync(read.next().apply(base), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        outstanding.decrementAndGet();
                        if (!recorded) {
                            return;
                        }
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            latency.recordValue(Math.max(0, (System.nanoTime() - due) / 1_000));
                        }
                    });
        });
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (outstanding.get() > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        errors.addAndGet(outstanding.get());
        return new ReadLatency(read.name(), target, rate, sent, errors.get(), latency);
    }

    private static boolean answered(HttpClient http, Read read, URI base) {
        try {
            return http.send(read.next().apply(base), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
