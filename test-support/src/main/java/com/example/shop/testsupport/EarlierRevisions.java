package com.example.shop.testsupport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes events into the test event store exactly as an earlier version of the shop stored them, byte for byte,
 * so tests can prove that today's services still read them.
 */
public final class EarlierRevisions {

    private EarlierRevisions() {
    }

    /**
     * Appends to a product's inventory stream a {@code StockAddedEvent} as revision 1 wrote it: no revision, and
     * no {@code reason}. The caller must give the next sequence number of the stream.
     */
    public static void appendStockAddedRevision1(UUID productId, long sequenceNumber, int quantity) {
        String payload = "{\"productId\":\"" + productId + "\",\"quantity\":" + quantity + "}";
        append("inventory-" + productId, sequenceNumber, "Inventory",
                "com.example.shop.api.inventory.StockAddedEvent", null, payload);
    }

    private static void append(String aggregateId, long sequenceNumber, String aggregateType, String payloadType,
                               String revision, String payload) {
        try (Connection connection = DriverManager.getConnection(TestPostgres.url(), "postgres", "postgres");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO events.DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,
                         metaData, payload, payloadRevision, payloadType, timeStamp)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, aggregateId);
            insert.setLong(2, sequenceNumber);
            insert.setString(3, aggregateType);
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
            insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
            insert.setString(7, revision);
            insert.setString(8, payloadType);
            insert.setString(9, Instant.now().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store an event of an earlier revision", e);
        }
    }
}
