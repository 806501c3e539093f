package com.example.shop.command.axon;

import com.example.shop.api.inventory.InventoryId;
import com.example.shop.command.support.StandaloneCommandSide;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestPostgres;
import com.example.shop.testsupport.TestTokens;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code axonserver} profile against a real Axon Server named by {@code AXONSERVER_TEST_SERVERS}
 * (host:port of its gRPC endpoint, e.g. {@code localhost:8124}): commands are routed and events stored and
 * streamed by Axon Server, while the saga, its token and its deadline stay in PostgreSQL. Skipped when the
 * variable is not set, since no Axon Server can run where the regular suite runs.
 */
@EnabledIfEnvironmentVariable(named = "AXONSERVER_TEST_SERVERS", matches = ".+")
class AxonServerModeIT {

    @Test
    void anOrderIsConfirmedWithItsEventsStoredInAxonServer() {
        String database = TestPostgres.newDatabase("axonserver_mode");
        try (StandaloneCommandSide service = StandaloneCommandSide.start(database, List.of(),
                "spring.profiles.active=axonserver",
                "axon.axonserver.servers=" + System.getenv("AXONSERVER_TEST_SERVERS"))) {
            ShopApi api = service.api();
            UUID productId = UUID.fromString(api.post("/api/products", TestTokens.admin(UUID.randomUUID()), Map.of(
                    "sku", "AXS-" + UUID.randomUUID(), "name", "Axon Mug", "description", "",
                    "price", Map.of("amount", "9.00", "currency", "EUR"), "initialStock", 3))
                    .body().get("id").asString());
            ShopApi.Response placed = api.post("/api/orders", TestTokens.user(UUID.randomUUID()),
                    Map.of("lines", List.of(Map.of("productId", productId.toString(), "quantity", 2))));
            String orderId = placed.body().get("id").asString();

            EventStore events = service.bean(EventStore.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> types(events, orderId).contains("OrderConfirmedEvent"));
            await().atMost(Duration.ofSeconds(10)).until(() -> types(events, InventoryId.of(productId))
                    .contains("StockCommittedEvent"));
            assertThat(events).isInstanceOf(AxonServerEventStore.class);
            assertThat(service.get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
        }
    }

    private static List<String> types(EventStore events, String aggregateId) {
        return events.readEvents(aggregateId).asStream()
                .map(DomainEventMessage::getPayloadType)
                .map(Class::getSimpleName)
                .toList();
    }
}
