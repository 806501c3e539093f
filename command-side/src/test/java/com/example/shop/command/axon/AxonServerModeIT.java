package com.example.shop.command.axon;

import com.example.shop.api.inventory.InventoryId;
import com.example.shop.command.support.StandaloneCommandSide;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestAxonServer;
import com.example.shop.testsupport.TestPostgres;
import com.example.shop.testsupport.TestTokens;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code axonserver} profile of command-side against a real Axon Server ({@link TestAxonServer}: one started
 * here from {@code AXONSERVER_HOME}, or the one {@code AXONSERVER_TEST_SERVERS} names): commands are routed and
 * events and snapshots stored by Axon Server, while the saga, its token and the SKU registry stay in PostgreSQL.
 * The paths where the two stores differ are checked here: an aggregate created twice, a SKU claimed twice, a
 * snapshot. Skipped, with a line saying so, when no Axon Server can be had.
 */
class AxonServerModeIT {

    private static final String ADMIN = TestTokens.admin(UUID.randomUUID());

    private static StandaloneCommandSide service;
    private static ShopApi api;

    @BeforeAll
    static void startOnAxonServer() {
        TestAxonServer.whyUnavailable().ifPresent(reason -> {
            System.out.println("[shop] AxonServerModeIT skipped: " + reason);
            Assumptions.abort(reason);
        });
        service = StandaloneCommandSide.start(TestPostgres.newDatabase("axonserver_mode"), List.of(),
                "spring.profiles.active=axonserver",
                "axon.axonserver.servers=" + TestAxonServer.get().address(),
                "shop.inventory.snapshot-threshold=5");
        api = service.api();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        TestAxonServer.stopIfRunning();
    }

    @Test
    void anOrderIsConfirmedWithItsEventsStoredInAxonServer() {
        UUID productId = createProduct("AXS-" + UUID.randomUUID(), 3);
        String orderId = api.post("/api/orders", TestTokens.user(UUID.randomUUID()),
                Map.of("lines", List.of(Map.of("productId", productId.toString(), "quantity", 2))))
                .body().get("id").asString();

        EventStore events = service.bean(EventStore.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> types(orderId).contains("OrderConfirmedEvent"));
        await().atMost(Duration.ofSeconds(10)).until(() -> types(InventoryId.of(productId))
                .contains("StockCommittedEvent"));
        assertThat(events).isInstanceOf(AxonServerEventStore.class);
        assertThat(service.get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aRetriedOrderWithTheSameIdempotencyKeyIsTheSameOrderPlacedOnce() {
        UUID productId = createProduct("AXS-" + UUID.randomUUID(), 5);
        String customer = TestTokens.user(UUID.randomUUID());
        Map<String, Object> order = Map.of("lines", List.of(Map.of("productId", productId.toString(), "quantity", 1)));

        ShopApi.Response first = api.post("/api/orders", customer, order, Map.of("Idempotency-Key", "checkout-1"));
        ShopApi.Response retry = api.post("/api/orders", customer, order, Map.of("Idempotency-Key", "checkout-1"));

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).as("the retry, answered %s", retry.body()).isEqualTo(202);
        String orderId = first.body().get("id").asString();
        assertThat(retry.body().get("id").asString()).isEqualTo(orderId);
        assertThat(types(orderId).stream().filter("OrderPlacedEvent"::equals)).hasSize(1);
    }

    @Test
    void aSecondProductWithTheSameSkuIsRefused() {
        String sku = "AXS-" + UUID.randomUUID();
        createProduct(sku, 1);

        ShopApi.Response second = api.post("/api/products", ADMIN, product(sku, 1));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("code").asString()).isEqualTo("SKU_TAKEN");
    }

    @Test
    void aBusyInventoryIsLoadedFromItsSnapshotInAxonServer() {
        UUID productId = createProduct("AXS-" + UUID.randomUUID(), 0);
        for (int delivery = 0; delivery < 6; delivery++) {
            assertThat(api.post("/api/products/" + productId + "/stock", ADMIN, Map.of("quantity", 1)).status())
                    .isEqualTo(204);
        }

        // Reading a stream gives the latest snapshot first, then the events after it.
        await().atMost(Duration.ofSeconds(10)).until(() -> types(InventoryId.of(productId)).get(0).equals("Inventory"));
        ShopApi.Response reservation = api.post("/api/orders", TestTokens.user(UUID.randomUUID()),
                Map.of("lines", List.of(Map.of("productId", productId.toString(), "quantity", 6))));
        String orderId = reservation.body().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> types(orderId).contains("OrderConfirmedEvent"));
    }

    private static UUID createProduct(String sku, int stock) {
        ShopApi.Response created = api.post("/api/products", ADMIN, product(sku, stock));
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private static Map<String, Object> product(String sku, int stock) {
        return Map.of("sku", sku, "name", "Axon Mug", "description", "",
                "price", Map.of("amount", "9.00", "currency", "EUR"), "initialStock", stock);
    }

    private static List<String> types(String aggregateId) {
        return service.bean(EventStore.class).readEvents(aggregateId).asStream()
                .map(DomainEventMessage::getPayloadType)
                .map(Class::getSimpleName)
                .toList();
    }
}
