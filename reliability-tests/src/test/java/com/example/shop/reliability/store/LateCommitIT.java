package com.example.shop.reliability.store;

import com.example.shop.reliability.Ledger;
import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.RunMode;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.EventLog;
import com.example.shop.testsupport.system.OnlyInMode;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pass: an event store transaction that took its position early and is held open while a thousand others
 * commit, then commits → no processor skips it: the late order is fulfilled by the saga and shows in the
 * orders, timeline and catalog read models and in the notification log.
 * <p>
 * The late event is an {@code OrderPlacedEvent} written the way command-side writes it (a copy of a real one
 * under a new order id), because that one event must reach every kind of processor: the saga, the read models
 * and the notifications. Tracking tokens remember the gap its position leaves until it fills.
 */
@WholeSystemTest
@OnlyInMode(value = RunMode.LOCAL, why = "a late commit has no meaning on Axon Server, which gives an event its "
        + "position when the append commits, so no position can stay empty while later ones are read")
class LateCommitIT {

    private static final int OTHER_COMMITS = 1000;

    @Test
    void anEventCommittedAfterAThousandLaterOnesReachesEveryProcessor() throws Exception {
        ShopApi gateway = ReliabilitySystem.get().gateway();
        Client admin = Client.admin(gateway);
        Client customer = Client.newCustomer(gateway);
        UUID mug = admin.createProduct("Late Mug", "6.00", 10);
        UUID busy = admin.createProduct("Busy Lamp", "20.00", 1);
        UUID template = customer.order(List.of(line(mug, 1)));
        customer.awaitOrder(template, "CONFIRMED");
        UUID late = UUID.randomUUID();

        long latePosition;
        try (Connection held = EventLog.connect()) {
            held.setAutoCommit(false);
            latePosition = insertCopyOfOrderPlaced(held, template, late);
            commitOthers(admin, busy);
            assertThat(lowestPositionOfBusyChanges(busy)).as("the others really committed after the late one")
                    .isGreaterThan(latePosition);
            held.commit();
        }

        await("the late order is fulfilled and projected").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    ShopApi.Response order = admin.get("/api/orders/" + late);
                    assertThat(order.status()).isEqualTo(200);
                    assertThat(order.body().get("status").asString()).isEqualTo("CONFIRMED");
                });
        assertThat(Ledger.outcomeOf(late)).contains("CONFIRMED");
        JsonNode timeline = admin.await("/api/orders/" + late + "/timeline",
                t -> t.get("status").asString().equals("CONFIRMED"));
        assertThat(timeline.get("steps").findValuesAsString("type")).startsWith("OrderPlaced", "StockReserved");
        admin.awaitAvailableStock(mug, 8);
        admin.await("/api/notifications?orderId=" + late, page -> page.get("totalItems").asInt() == 1);
    }

    /** Writes the copy within the held transaction; its global index is handed out now. */
    private static long insertCopyOfOrderPlaced(Connection held, UUID template, UUID late) throws Exception {
        try (PreparedStatement read = held.prepareStatement("""
                SELECT type, metaData, payload, payloadRevision, payloadType FROM events.DomainEventEntry
                WHERE aggregateIdentifier = ? AND sequenceNumber = 0""")) {
            read.setString(1, template.toString());
            try (ResultSet row = read.executeQuery();
                 PreparedStatement insert = held.prepareStatement("""
                         INSERT INTO events.DomainEventEntry (aggregateIdentifier, sequenceNumber, type,
                             eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)
                         VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?) RETURNING globalIndex""")) {
                assertThat(row.next()).isTrue();
                String payload = new String(row.getBytes("payload"), StandardCharsets.UTF_8)
                        .replace(template.toString(), late.toString());
                insert.setString(1, late.toString());
                insert.setString(2, row.getString("type"));
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, row.getBytes("metaData"));
                insert.setBytes(5, payload.getBytes(StandardCharsets.UTF_8));
                insert.setString(6, row.getString("payloadRevision"));
                insert.setString(7, row.getString("payloadType"));
                insert.setString(8, Instant.now().toString());
                try (ResultSet position = insert.executeQuery()) {
                    position.next();
                    return position.getLong(1);
                }
            }
        }
    }

    /** A thousand product changes through the API, each its own event store transaction. */
    private static void commitOthers(Client admin, UUID product) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < OTHER_COMMITS; i++) {
                int change = i;
                answers.add(senders.submit(() -> admin.put("/api/products/" + product, Map.of(
                        "name", "Busy Lamp " + change, "description", "changed " + change + " times",
                        "price", Map.of("amount", "20.00", "currency", "EUR"))).status()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isBetween(200, 204);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static long lowestPositionOfBusyChanges(UUID product) {
        return EventLog.events("ProductDetailsChangedEvent").stream()
                .filter(e -> e.aggregateId().equals(product.toString()))
                .mapToLong(EventLog.StoredEvent::globalIndex).min().orElseThrow();
    }
}
