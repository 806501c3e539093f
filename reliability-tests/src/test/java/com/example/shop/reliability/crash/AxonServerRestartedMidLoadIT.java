package com.example.shop.reliability.crash;

import com.example.shop.reliability.Ledger;
import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.RunMode;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestAxonServer;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.OnlyInMode;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.WholeSystemTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pass: Axon Server killed with SIGKILL while customers keep ordering, and started again five seconds later →
 * the services reconnect by themselves (orders are acknowledged again, every service is healthy), a request
 * during the outage is refused with a 503 problem document, and every acknowledged order ends CONFIRMED or
 * REJECTED, placed once, with its stock accounted for and one e-mail about its outcome.
 */
@WholeSystemTest
@OnlyInMode(value = RunMode.AXONSERVER, why = "local mode has no Axon Server: its events and messages go "
        + "through PostgreSQL and the services' own processors")
class AxonServerRestartedMidLoadIT {

    private static final int SENDERS = 4;
    private static final int PRODUCTS = 3;
    private static final int STOCK = 300;
    private static final Duration OUTAGE = Duration.ofSeconds(5);

    private record Acknowledged(UUID orderId, Client customer, Instant at) {
    }

    @Test
    void everyAcknowledgedOrderEndsTerminalOnceWhenAxonServerRestartsMidLoad() throws Exception {
        ShopSystem system = ReliabilitySystem.get();
        TestAxonServer axonServer = system.axonServer();
        Client admin = Client.admin(system.gateway());
        List<UUID> products = IntStream.range(0, PRODUCTS)
                .mapToObj(i -> admin.createProduct("Outage Item " + i, "1.00", STOCK)).toList();
        List<Client> customers = IntStream.range(0, SENDERS).mapToObj(i -> Client.newCustomer(system.gateway())).toList();
        List<Acknowledged> acknowledged = new ArrayList<>();
        Map<Integer, Integer> refusedByStatus = new ConcurrentHashMap<>();
        List<String> refusalBodies = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();

        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (Client customer : customers) {
            senders.submit(() -> {
                while (!stop.get()) {
                    UUID product = products.get(ThreadLocalRandom.current().nextInt(PRODUCTS));
                    ShopApi.Response answer = customer.orderAnswer(List.of(line(product, 1)));
                    if (answer.status() == 202) {
                        synchronized (acknowledged) {
                            acknowledged.add(new Acknowledged(UUID.fromString(answer.body().get("id").asString()),
                                    customer, Instant.now()));
                        }
                    } else {
                        refusedByStatus.merge(answer.status(), 1, Integer::sum);
                        synchronized (refusalBodies) {
                            refusalBodies.add(answer.status() + " " + answer.body());
                        }
                    }
                    pause(Duration.ofMillis(20));
                }
                return null;
            });
        }
        pause(Duration.ofSeconds(3));
        axonServer.kill();
        Instant killed = Instant.now();
        pause(OUTAGE);
        axonServer.restart();
        Instant restarted = Instant.now();
        await("orders acknowledged again after the restart").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> acknowledgedSince(acknowledged, restarted) >= 20);
        stop.set(true);
        senders.shutdown();
        assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Acknowledged> orders = List.copyOf(acknowledged);
        assertThat(orders.stream().filter(order -> order.at().isBefore(killed))).as("acknowledged before the kill")
                .isNotEmpty();
        assertThat(refusedByStatus.keySet()).as("refusals during the outage: %s", refusalBodies.stream().limit(5).toList())
                .containsOnly(503);
        Instant stopped = Instant.now();
        await("every acknowledged order CONFIRMED or REJECTED").atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Ledger.outcomes().keySet().containsAll(orders.stream().map(Acknowledged::orderId).toList()));
        Map<UUID, String> outcomes = Ledger.outcomes();
        assertThat(orders).allSatisfy(order ->
                assertThat(outcomes.get(order.orderId())).isIn("CONFIRMED", "REJECTED"));
        Map<String, Long> placements = Ledger.countsByOrder("OrderPlacedEvent");
        assertThat(orders).allSatisfy(order ->
                assertThat(placements.get(order.orderId().toString())).as("placements of %s", order.orderId()).isEqualTo(1));
        await("every reservation committed or released").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> products.stream().allMatch(product -> Ledger.stockOf(product).reserved() == 0));
        for (UUID product : products) {
            assertThat(Ledger.stockOf(product).lowestAvailable()).as("lowest stock of %s", product)
                    .isGreaterThanOrEqualTo(0);
        }
        await("one e-mail per outcome").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> mailedOrders(customers).containsAll(orders.stream().map(o -> shortId(o.orderId())).toList()));
        System.out.printf("[outage] %d orders acknowledged (%d after the restart), %s refused; reconnected and"
                        + " acknowledging %.1f s after the restart; every outcome mailed %.1f s after the load stopped%n",
                orders.size(), acknowledgedSince(orders, restarted), refusedByStatus,
                Duration.between(restarted, orders.stream().map(Acknowledged::at).filter(at -> at.isAfter(restarted))
                        .min(Instant::compareTo).orElseThrow()).toMillis() / 1000.0,
                Duration.between(stopped, Instant.now()).toMillis() / 1000.0);
        for (Service service : Service.values()) {
            assertThat(system.direct(service).send("GET", "/actuator/health", null, null, Map.of()).body().get("status").asString())
                    .as("health of %s", service).isEqualTo("UP");
        }
    }

    private static long acknowledgedSince(List<Acknowledged> acknowledged, Instant since) {
        synchronized (acknowledged) {
            return acknowledged.stream().filter(order -> order.at().isAfter(since)).count();
        }
    }

    /** The orders some customer was mailed about, by the short id their subject names; copies count once. */
    private static Set<String> mailedOrders(List<Client> customers) {
        return customers.stream()
                .flatMap(customer -> List.of(ReliabilitySystem.mailbox().getReceivedMessagesForDomain(customer.email())).stream())
                .map(AxonServerRestartedMidLoadIT::subject)
                .map(subject -> subject.replaceAll("^Your order (\\S+) .*$", "$1"))
                .collect(Collectors.toSet());
    }

    private static String shortId(UUID orderId) {
        return orderId.toString().substring(0, 8);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
