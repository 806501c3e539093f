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
        try (ResultSet row = connection.createStatement().executeQuery("""
                SELECT aggregateIdentifier FROM events.DomainEventEntry
                WHERE payloadType = 'com.example.shop.api.order.OrderConfirmedEvent'
                ORDER BY globalIndex DESC LIMIT 1""")) {
            if (!row.next()) {
                throw new IllegalStateException("no confirmed order to clone: place some orders first");
            }
            orderId = row.getString(1);
        }
        long placedAt;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT min(globalIndex) FROM events.DomainEventEntry WHERE aggregateIdentifier = ?""")) {
            query.setString(1, orderId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                placedAt = row.getLong(1);
            }
        }
        List<TemplateEvent> orderEvents = new ArrayList<>();
        String productId = null;
        long inventoryRank = 0;
        // The order's own stream, and the inventory events from its placing on (the stock is committed after the
        // confirmation): a saga that fell behind under load confirms tens of thousands of events after the placing,
        // and a fixed window around the confirmation once missed the OrderPlacedEvent, so every clone lacked it.
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT aggregateIdentifier, sequenceNumber, type, payloadType, payloadRevision, payload, metaData
                FROM events.DomainEventEntry
                WHERE globalIndex >= ? AND (aggregateIdentifier = ?
                      OR (aggregateIdentifier LIKE 'inventory-%' AND position(? in convert_from(payload, 'UTF8')) > 0))
                ORDER BY globalIndex""")) {
            query.setLong(1, placedAt);
            query.setString(2, orderId);
            query.setString(3, orderId);
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
        if (orderEvents.stream().noneMatch(event -> event.payloadType().endsWith(".OrderPlacedEvent"))) {
            throw new IllegalStateException("order " + orderId + " has no OrderPlacedEvent to clone");
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
