package com.example.shop.benchmarks.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP client every load shares: HTTP/1.1 with pooled keep-alive connections, as a browser or proxy talks. */
public final class LoadClients {

    private static final Pattern ORDER_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private LoadClients() {
    }

    public static HttpClient newClient(int threads) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(daemonPool("load-http", threads))
                .build();
    }

    public static ExecutorService daemonPool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The order id of a 202 answer, read without a JSON parser so the load generator stays light. */
    static String orderId(String body) {
        Matcher matcher = ORDER_ID.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }
}
