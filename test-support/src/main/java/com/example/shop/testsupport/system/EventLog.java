package com.example.shop.testsupport.system;

import com.example.shop.testsupport.TestPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The event store as the ground truth that read models are checked against: reads the stored events of the
 * running system straight from PostgreSQL, in global order.
 */
public final class EventLog {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One stored event: where it stands, which stream it belongs to, its simple type name and its payload. */
    public record StoredEvent(long globalIndex, String aggregateId, long sequence, String type, JsonNode payload,
                              JsonNode metaData) {
    }

    private EventLog() {
    }

    /** Every event whose payload type ends with one of the given simple names (all events when none given). */
    public static List<StoredEvent> events(String... simpleTypes) {
        StringBuilder sql = new StringBuilder("""
                SELECT globalIndex, aggregateIdentifier, sequenceNumber, payloadType, payload, metaData
                FROM events.DomainEventEntry""");
        for (int i = 0; i < simpleTypes.length; i++) {
            sql.append(i == 0 ? " WHERE " : " OR ").append("payloadType LIKE ?");
        }
        sql.append(" ORDER BY globalIndex");
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < simpleTypes.length; i++) {
                query.setString(i + 1, "%." + simpleTypes[i]);
            }
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(4);
                    byte[] metaData = rows.getBytes(6);
                    events.add(new StoredEvent(rows.getLong(1), rows.getString(2), rows.getLong(3),
                            type.substring(type.lastIndexOf('.') + 1), JSON.readTree(rows.getBytes(5)),
                            metaData == null ? JSON.createObjectNode() : JSON.readTree(metaData)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event log", e);
        }
    }

    /** A connection to the database the system's event store lives in, for tests that write to it themselves. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestPostgres.url());
    }
}
