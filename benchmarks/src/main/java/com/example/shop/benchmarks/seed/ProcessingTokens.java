package com.example.shop.benchmarks.seed;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves every service's tracking tokens to the end of the event log while the services are stopped. Seeded
 * history stands for orders that were processed long ago: their sagas ended and their e-mails went out then, so
 * no processor may act on them now. Read models learn them through a replay, which the benchmark measures.
 */
public final class ProcessingTokens {

    private static final String GAP_AWARE = "org.axonframework.eventhandling.GapAwareTrackingToken";

    private ProcessingTokens() {
    }

    /** Answers how many token rows were moved. */
    public static int moveAllToHead(Connection connection) throws SQLException {
        long head;
        try (ResultSet row = connection.createStatement()
                .executeQuery("SELECT coalesce(max(globalIndex), 0) FROM events.DomainEventEntry")) {
            row.next();
            head = row.getLong(1);
        }
        List<String> schemas = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("""
                SELECT table_schema FROM information_schema.tables WHERE lower(table_name) = 'tokenentry'""")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        byte[] token = ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8);
        int moved = 0;
        for (String schema : schemas) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE \"" + schema + "\".tokenentry"
                    + " SET token = ?, tokenType = ?, owner = NULL WHERE token IS NOT NULL")) {
                update.setBytes(1, token);
                update.setString(2, GAP_AWARE);
                moved += update.executeUpdate();
            }
        }
        return moved;
    }
}
