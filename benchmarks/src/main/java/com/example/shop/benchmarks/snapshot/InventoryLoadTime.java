package com.example.shop.benchmarks.snapshot;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * How long command-side takes to load an inventory, timed through a real command: adding one unit of stock
 * loads the aggregate (from its events, or from a snapshot and the events after it), decides, appends one
 * event. The same command against an inventory with a handful of events is the baseline; the difference is the
 * load. Command-side has no aggregate cache, so every command loads the aggregate afresh.
 */
public final class InventoryLoadTime {

    /** Milliseconds per command, median and maximum over the repetitions. */
    public record Timing(String what, long events, double medianMillis, double maxMillis) {
    }

    private final Client admin;

    /** {@code admin} talks to command-side directly, so the gateway's hop does not blur the figure. */
    public InventoryLoadTime(Client admin) {
        this.admin = admin;
    }

    public Timing time(String what, UUID productId, long events, int repetitions) {
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            ShopApi.Response added = admin.post("/api/products/" + productId + "/stock", Map.of("quantity", 1));
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (added.status() / 100 != 2) {
                throw new IllegalStateException("adding stock failed: " + added.raw().body());
            }
        }
        Arrays.sort(millis);
        return new Timing(what, events, millis[repetitions / 2], millis[repetitions - 1]);
    }

    public static long events(Connection connection, UUID productId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM events.DomainEventEntry WHERE aggregateIdentifier = ?")) {
            count.setString(1, "inventory-" + productId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public static long snapshots(Connection connection, UUID productId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM events.SnapshotEventEntry WHERE aggregateIdentifier = ?")) {
            count.setString(1, "inventory-" + productId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public static void dropSnapshots(Connection connection, UUID productId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM events.SnapshotEventEntry WHERE aggregateIdentifier = ?")) {
            delete.setString(1, "inventory-" + productId);
            delete.executeUpdate();
        }
    }
}
