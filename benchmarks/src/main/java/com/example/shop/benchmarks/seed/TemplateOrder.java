package com.example.shop.benchmarks.seed;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real confirmed one-line order as the system stored it, every event of its story, together with the events
 * that created its product: the pattern that seeded events are cloned from, so that read models and aggregates
 * process them exactly as they process real ones.
 */
record TemplateOrder(String orderId, String productId, String sku, List<TemplateEvent> productEvents,
                     List<TemplateEvent> orderEvents) {

    /** One stored event; {@code inventory} says whether it belongs to the product's inventory stream. */
    record TemplateEvent(boolean inventory, boolean productStream, long sequence, String type, String payloadType,
                         String payloadRevision, String payload, String metaData) {
    }

    private static final Pattern UUID_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static TemplateOrder latestConfirmed(Connection connection) throws SQLException {
        String orderId;
        long confirmedAt;
        try (ResultSet row = connection.createStatement().executeQuery("""
                SELECT aggregateIdentifier, globalIndex FROM events.DomainEventEntry
                WHERE payloadType = 'com.example.shop.api.order.OrderConfirmedEvent'
                ORDER BY globalIndex DESC LIMIT 1""")) {
            if (!row.next()) {
                throw new IllegalStateException("no confirmed order to clone: place some orders first");
            }
            orderId = row.getString(1);
            confirmedAt = row.getLong(2);
        }
        List<TemplateEvent> orderEvents = new ArrayList<>();
        String productId = null;
        long inventoryRank = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT aggregateIdentifier, sequenceNumber, type, payloadType, payloadRevision, payload, metaData
                FROM events.DomainEventEntry
                WHERE globalIndex BETWEEN ? AND ? AND (aggregateIdentifier = ?
                      OR (aggregateIdentifier LIKE 'inventory-%' AND position(? in convert_from(payload, 'UTF8')) > 0))
                ORDER BY globalIndex""")) {
            query.setLong(1, Math.max(0, confirmedAt - 20_000));
            query.setLong(2, confirmedAt + 20_000);
            query.setString(3, orderId);
            query.setString(4, orderId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boolean inventory = rows.getString(1).startsWith("inventory-");
                    if (inventory) {
                        productId = rows.getString(1).substring("inventory-".length());
                    }
                    orderEvents.add(event(rows, inventory, false, inventory ? inventoryRank++ : rows.getLong(2)));
                }
            }
        }
        if (productId == null) {
            throw new IllegalStateException("order " + orderId + " has no inventory events");
        }
        List<TemplateEvent> productEvents = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT aggregateIdentifier, sequenceNumber, type, payloadType, payloadRevision, payload, metaData
                FROM events.DomainEventEntry WHERE aggregateIdentifier IN (?, ?) AND sequenceNumber = 0
                ORDER BY globalIndex""")) {
            query.setString(1, productId);
            query.setString(2, "inventory-" + productId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boolean inventory = rows.getString(1).startsWith("inventory-");
                    productEvents.add(event(rows, inventory, !inventory, 0));
                }
            }
        }
        String sku = productEvents.stream().filter(TemplateEvent::productStream).findFirst()
                .map(created -> field(created.payload(), "sku")).orElse("no-sku");
        return new TemplateOrder(orderId, productId, sku, productEvents, orderEvents);
    }

    /** How many events of one order land in its product's inventory stream. */
    long inventoryEventsPerOrder() {
        return orderEvents.stream().filter(TemplateEvent::inventory).count();
    }

    private static TemplateEvent event(ResultSet row, boolean inventory, boolean productStream, long sequence)
            throws SQLException {
        byte[] metaData = row.getBytes(7);
        return new TemplateEvent(inventory, productStream, sequence, row.getString(3), row.getString(4),
                row.getString(5), new String(row.getBytes(6), StandardCharsets.UTF_8),
                metaData == null ? null : new String(metaData, StandardCharsets.UTF_8));
    }

    private static String field(String json, String name) {
        Matcher quoted = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return quoted.find() ? quoted.group(1) : "no-" + name;
    }

    static Pattern uuidField(String name) {
        return Pattern.compile(UUID_FIELD.pattern().formatted(name));
    }
}
