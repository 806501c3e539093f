package com.example.shop.command.axon;

import com.example.shop.command.support.CommandSideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One order is one trace: the trace of the HTTP request that placed it continues in every event of the order
 * and in the inventory events its saga caused, so read models and notifications in other services join it.
 */
class TracingIT extends CommandSideIT {

    @Autowired
    private DataSource dataSource;

    @Test
    void theTraceOfThePlacingRequestIsCarriedByEveryEventOfTheOrdersProcess() {
        UUID productId = createProduct("3.00", 5);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        ShopApi.Response placed = api.post("/api/orders", TestTokens.user(UUID.randomUUID()),
                Map.of("lines", List.of(line(productId, 1))),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        UUID orderId = UUID.fromString(placed.body().get("id").asString());
        awaitOutcome(orderId);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.inventoryTypesOf(productId)
                .contains("StockCommittedEvent"));

        List<String> traceParents = JdbcClient.create(dataSource).sql("""
                        SELECT convert_from(metaData, 'UTF8')::jsonb ->> 'traceparent' FROM events.DomainEventEntry
                        WHERE aggregateIdentifier = :order
                           OR (aggregateIdentifier = :inventory AND payloadType NOT LIKE '%InventoryOpenedEvent')
                        ORDER BY globalIndex""")
                .param("order", orderId.toString())
                .param("inventory", "inventory-" + productId)
                .query(String.class).list();

        assertThat(traceParents).hasSize(4)
                .allSatisfy(traceParent -> assertThat(traceParent).startsWith("00-" + traceId + "-"));
    }
}
