package com.example.shop.command.support;

import com.example.shop.api.inventory.InventoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads what really landed in the event store, so tests assert on stored facts rather than on responses. */
public final class EventLog {

    /** One stored event: its simple type name and its JSON payload. */
    public record StoredEvent(long globalIndex, String aggregateId, String type, JsonNode payload) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    public EventLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Every event of one aggregate, in its sequence. */
    public List<StoredEvent> of(String aggregateId) {
        return jdbc.sql("""
                        SELECT globalIndex, aggregateIdentifier, payloadType, payload FROM events.DomainEventEntry
                        WHERE aggregateIdentifier = :id ORDER BY sequenceNumber""")
                .param("id", aggregateId)
                .query((rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2), simpleName(rs.getString(3)),
                        JSON.readTree(new String(rs.getBytes(4), StandardCharsets.UTF_8))))
                .list();
    }

    public List<StoredEvent> of(UUID aggregateId) {
        return of(aggregateId.toString());
    }

    /** Every event of a product's inventory, in its sequence. */
    public List<StoredEvent> ofInventory(UUID productId) {
        return of(InventoryId.of(productId));
    }

    public List<String> typesOf(UUID aggregateId) {
        return of(aggregateId).stream().map(StoredEvent::type).toList();
    }

    public List<String> inventoryTypesOf(UUID productId) {
        return ofInventory(productId).stream().map(StoredEvent::type).toList();
    }

    /** The order's outcome event type (OrderConfirmedEvent or OrderRejectedEvent), once there is one. */
    public Optional<StoredEvent> outcomeOf(UUID orderId) {
        return of(orderId).stream()
                .filter(e -> e.type().equals("OrderConfirmedEvent") || e.type().equals("OrderRejectedEvent"))
                .findFirst();
    }

    public long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
