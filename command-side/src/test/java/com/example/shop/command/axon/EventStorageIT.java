package com.example.shop.command.axon;

import com.example.shop.api.inventory.InventoryId;
import com.example.shop.command.support.CommandSideIT;
import com.example.shop.command.support.EventLog.StoredEvent;
import com.example.shop.testsupport.TestTokens;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
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
 * What Axon really writes to PostgreSQL: events, snapshots, tokens, sagas and deadlines as readable bytes in
 * bytea columns, never as large objects, and an inventory loaded from its snapshot decides correctly.
 */
class EventStorageIT extends CommandSideIT {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private TransactionManager axonTransactions;

    @Test
    void everyUnitOfWorkCommitsInOneSpringTransaction() {
        assertThat(axonTransactions).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void aPopularProductsInventoryIsSnapshottedAndStillDecidesCorrectlyFromTheSnapshot() {
        UUID productId = createProduct("1.00", 0);
        for (int i = 0; i < 105; i++) {
            assertThat(api.post("/api/products/" + productId + "/stock", admin, Map.of("quantity", 1)).status())
                    .isEqualTo(204);
        }

        JdbcClient jdbc = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("SELECT count(*) FROM events.SnapshotEventEntry WHERE aggregateIdentifier = :id")
                .param("id", InventoryId.of(productId)).query(Long.class).single() > 0);
        UUID tooMuch = placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 106)));
        UUID fits = placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 105)));

        StoredEvent refused = awaitOutcome(tooMuch);
        assertThat(refused.type()).isEqualTo("OrderRejectedEvent");
        assertThat(refused.payload().get("details").asString()).contains("available 105");
        assertThat(awaitOutcome(fits).type()).isEqualTo("OrderConfirmedEvent");
    }

    @Test
    void everythingAxonStoresIsByteaAndNoLargeObjectIsEverCreated() {
        UUID productId = createProduct("2.00", 5);
        UUID orderId = placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 1)));
        awaitOutcome(orderId);
        JdbcClient jdbc = JdbcClient.create(dataSource);

        List<String> columnTypes = jdbc.sql("""
                        SELECT table_schema || '.' || table_name || '.' || column_name || '=' || data_type
                        FROM information_schema.columns
                        WHERE column_name IN ('payload', 'metadata', 'token', 'serializedsaga', 'task_data')""")
                .query(String.class).list();
        assertThat(columnTypes).hasSizeGreaterThanOrEqualTo(7).allSatisfy(type -> assertThat(type).endsWith("=bytea"));
        assertThat(jdbc.sql("SELECT count(*) FROM command_side.TokenEntry WHERE token IS NOT NULL")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata").query(Long.class).single()).isZero();
    }

    @Test
    void storedEventsAreReadableJson() {
        UUID productId = createProduct("2.00", 5);

        String json = JdbcClient.create(dataSource)
                .sql("SELECT convert_from(payload, 'UTF8') FROM events.DomainEventEntry WHERE aggregateIdentifier = :id")
                .param("id", productId.toString())
                .query(String.class).single();

        assertThat(json).contains("\"productId\":\"" + productId + "\"", "\"amount\":2.00", "\"currency\":\"EUR\"");
    }
}
