package com.example.shop.benchmarks.read;

import com.example.shop.benchmarks.load.LoadClients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sign-ups as fast as some connections can send them, each with a new e-mail, for as long as it runs: the load that
 * took the machine's every core for password hashing before hashing had a bounded pool. The harness lifts the
 * per-address limit (every sender is 127.0.0.1), so what holds the flood back is the pool.
 */
public final class SignUpFlood implements AutoCloseable {

    /** What the flood got: sign-ups sent, answers by status, over how long. */
    public record Outcome(int senders, long sent, Map<Integer, Long> byStatus, double seconds) {
    }

    private final int senders;
    private final ExecutorService pool;
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile boolean running = true;

    private SignUpFlood(URI gateway, int senders) {
        this.senders = senders;
        HttpClient http = LoadClients.newClient(senders);
        pool = LoadClients.daemonPool("sign-up-flood", senders);
        for (int i = 0; i < senders; i++) {
            pool.execute(() -> {
                while (running) {
                    sent.incrementAndGet();
                    answers.computeIfAbsent(signUp(http, gateway), status -> new AtomicLong()).incrementAndGet();
                }
            });
        }
    }

    public static SignUpFlood start(URI gateway, int senders) {
        return new SignUpFlood(gateway, senders);
    }

    /** Stops sending, waits for the answers still due, and says what came back. */
    public Outcome stop() throws InterruptedException {
        running = false;
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        Map<Integer, Long> byStatus = new TreeMap<>();
        answers.forEach((status, count) -> byStatus.put(status, count.get()));
        return new Outcome(senders, sent.get(), byStatus, (System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() {
        running = false;
        pool.shutdownNow();
    }

    /** The answer's status, or 0 when none came. */
    private static int signUp(HttpClient http, URI gateway) {
        String body = "{\"email\":\"flood-%s@example.com\",\"password\":\"flood-password-1\",\"name\":\"Flood\"}"
                .formatted(UUID.randomUUID());
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/auth/register"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
