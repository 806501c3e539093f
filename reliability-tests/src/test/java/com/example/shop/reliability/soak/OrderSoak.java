package com.example.shop.reliability.soak;

import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.EventLog;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pass: orders at half the saturated throughput for 30 minutes ({@code -Dsoak.duration}) → no request fails,
 * every order ends CONFIRMED or REJECTED, and neither any service's heap after collection nor the event
 * processors' lag grows from the first half of the run to the second.
 * <p>
 * Saturation is measured first, in the same run: confirmed orders per second with as many clients as keep the
 * system busy. Then orders arrive at a fixed rate (open loop), and every {@value #SAMPLE_SECONDS} s the soak
 * samples each service's heap and the read models' lag. The report goes to stdout and to
 * {@code target/soak-report.md}.
 */
@WholeSystemTest
class OrderSoak {

    private static final int SAMPLE_SECONDS = 15;
    private static final int MAX_BACKLOG = 200;
    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)");

    private record Sample(Instant at, long placed, long failed, long lag, Map<Service, Long> heap) {
    }

    @Test
    void halfTheSaturatedThroughputForThirtyMinutesFailsNothingAndLeavesHeapAndLagFlat() throws Exception {
        Duration duration = Duration.parse(System.getProperty("soak.duration", "PT30M"));
        ShopSystem system = ReliabilitySystem.get();
        Client admin = Client.admin(system.gateway());
        List<Client> customers = List.of(Client.newCustomer(system.gateway()), Client.newCustomer(system.gateway()),
                Client.newCustomer(system.gateway()), Client.newCustomer(system.gateway()));
        List<UUID> products = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            products.add(admin.createProduct("Soak Item " + i, "1.00", 1_000_000));
        }

        double saturated = saturatedConfirmedPerSecond(customers, products, Duration.ofSeconds(30));
        double rate = Double.parseDouble(System.getProperty("soak.rate", String.valueOf(saturated / 2)));
        List<Sample> samples = runAt(rate, duration, system, admin, customers, products);
        long placed = samples.get(samples.size() - 1).placed();
        long failed = samples.get(samples.size() - 1).failed();
        await("every order CONFIRMED or REJECTED").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("OrderPlacedEvent") == count("OrderConfirmedEvent") + count("OrderRejectedEvent"));

        String report = report(saturated, rate, duration, samples);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "soak-report.md"), report);

        assertThat(placed).as("orders placed").isPositive();
        assertThat(failed).as("requests that failed").isZero();
        List<Sample> firstHalf = samples.subList(1, samples.size() / 2);
        List<Sample> secondHalf = samples.subList(samples.size() / 2, samples.size());
        assertThat(maxLag(secondHalf)).as("lag, second half against first")
                .isLessThanOrEqualTo(Math.max(2 * maxLag(firstHalf), 100));
        for (Service service : Service.values()) {
            assertThat(lowestHeap(secondHalf, service)).as("heap after collection of %s, second half", service)
                    .isLessThanOrEqualTo(lowestHeap(firstHalf, service) * 3 / 2 + 32L * 1024 * 1024);
        }
    }

    /**
     * Closed loop with a bounded backlog: clients place orders back to back, but hold off while more than
     * {@value #MAX_BACKLOG} placed orders wait for their confirmation. Without the bound, placing outruns the saga
     * and starves it of CPU, and what is measured is the collapse rather than the capacity.
     */
    private static double saturatedConfirmedPerSecond(List<Client> customers, List<UUID> products, Duration how)
            throws Exception {
        int clients = 16;
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        long confirmedBefore = count("OrderConfirmedEvent");
        AtomicLong confirmedSince = new AtomicLong();
        watcher.scheduleWithFixedDelay(() -> confirmedSince.set(count("OrderConfirmedEvent") - confirmedBefore),
                0, 200, TimeUnit.MILLISECONDS);
        AtomicLong placed = new AtomicLong();
        Instant end = Instant.now().plus(how);
        List<java.util.concurrent.Future<Long>> refused = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client customer = customers.get(i % customers.size());
            UUID product = products.get(i % products.size());
            refused.add(senders.submit(() -> {
                long notAccepted = 0;
                while (Instant.now().isBefore(end)) {
                    if (placed.get() - confirmedSince.get() > MAX_BACKLOG) {
                        Thread.sleep(5);
                        continue;
                    }
                    if (customer.orderAnswer(List.of(line(product, 1))).status() == 202) {
                        placed.incrementAndGet();
                    } else {
                        notAccepted++;
                    }
                }
                return notAccepted;
            }));
        }
        senders.shutdown();
        long notAccepted = 0;
        for (java.util.concurrent.Future<Long> sender : refused) {
            notAccepted += sender.get(how.toSeconds() + 60, TimeUnit.SECONDS);
        }
        watcher.shutdownNow();
        long confirmed = count("OrderConfirmedEvent") - confirmedBefore;
        assertThat(notAccepted).as("orders refused while measuring saturation").isZero();
        return (double) confirmed / how.toSeconds();
    }

    /** Open loop: an order every 1/rate seconds, whatever the answers take; samples as it goes. */
    private static List<Sample> runAt(double rate, Duration duration, ShopSystem system, Client admin,
                                      List<Client> customers, List<UUID> products) throws Exception {
        AtomicLong placed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = Math.max(1, (long) (1_000_000 / rate));
        AtomicLong next = new AtomicLong();
        clock.scheduleAtFixedRate(() -> {
            long n = next.getAndIncrement();
            Client customer = customers.get((int) (n % customers.size()));
            UUID product = products.get((int) (n % products.size()));
            senders.submit(() -> {
                try {
                    ShopApi.Response answer = customer.orderAnswer(List.of(line(product, 1)));
                    (answer.status() == 202 ? placed : failed).incrementAndGet();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        List<Sample> samples = new ArrayList<>();
        Instant end = Instant.now().plus(duration);
        try {
            while (Instant.now().isBefore(end)) {
                samples.add(sample(system, admin, placed.get(), failed.get()));
                Thread.sleep(SAMPLE_SECONDS * 1000L);
            }
        } finally {
            clock.shutdownNow();
            senders.shutdown();
            senders.awaitTermination(60, TimeUnit.SECONDS);
        }
        samples.add(sample(system, admin, placed.get(), failed.get()));
        return samples;
    }

    private static Sample sample(ShopSystem system, Client admin, long placed, long failed) {
        Map<Service, Long> heap = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            String metrics = system.direct(service).send("GET", "/actuator/prometheus", null, null, Map.of())
                    .raw().body();
            Matcher pools = HEAP.matcher(metrics);
            long used = 0;
            while (pools.find()) {
                used += (long) Double.parseDouble(pools.group(1));
            }
            heap.put(service, used);
        }
        long lag = admin.get("/api/admin/processors").body().findValues("lag").stream()
                .mapToLong(node -> node.asLong()).max().orElse(0);
        return new Sample(Instant.now(), placed, failed, lag, heap);
    }

    private static long count(String type) {
        try (Connection connection = EventLog.connect(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT count(*) FROM events.DomainEventEntry WHERE payloadType LIKE '%."
                     + type + "'")) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long maxLag(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::lag).max().orElse(0);
    }

    /** The lowest heap seen in a stretch of samples: close to what is left after a collection. */
    private static long lowestHeap(List<Sample> samples, Service service) {
        return samples.stream().mapToLong(s -> s.heap().get(service)).min().orElse(0);
    }

    private static String report(double saturated, double rate, Duration duration, List<Sample> samples) {
        StringBuilder report = new StringBuilder("# Soak\n\n")
                .append(String.format("Saturated throughput: %.1f confirmed orders/s; soak rate: %.1f orders/s for %s%n%n",
                        saturated, rate, duration))
                .append("| at | placed | failed | max lag | command-side heap MB | query-side heap MB "
                        + "| notification-handler heap MB | gateway heap MB |\n|---|---|---|---|---|---|---|---|\n");
        Instant start = samples.get(0).at();
        for (Sample s : samples) {
            report.append(String.format("| +%ds | %d | %d | %d | %d | %d | %d | %d |%n",
                    Duration.between(start, s.at()).toSeconds(), s.placed(), s.failed(), s.lag(),
                    s.heap().get(Service.COMMAND_SIDE) >> 20, s.heap().get(Service.QUERY_SIDE) >> 20,
                    s.heap().get(Service.NOTIFICATION_HANDLER) >> 20, s.heap().get(Service.GATEWAY) >> 20));
        }
        return report.toString();
    }
}
