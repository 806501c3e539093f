package com.example.shop.benchmarks.floor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PostgreSQL's own counters of what the whole system did: committed transactions and rows inserted, updated and
 * deleted, in total and per table. Two readings around a measured burst give what the burst cost.
 */
public record DatabaseActivity(long commits, long inserted, long updated, long deleted,
                               Map<String, long[]> perTable) {

    public static DatabaseActivity read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Our own session's pending counters go out with the next reading; other sessions flush within a second.
            statement.execute("SELECT pg_stat_force_next_flush()");
            long commits;
            long inserted;
            long updated;
            long deleted;
            try (ResultSet row = statement.executeQuery("""
                    SELECT xact_commit, tup_inserted, tup_updated, tup_deleted
                    FROM pg_stat_database WHERE datname = current_database()""")) {
                row.next();
                commits = row.getLong(1);
                inserted = row.getLong(2);
                updated = row.getLong(3);
                deleted = row.getLong(4);
            }
            Map<String, long[]> tables = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del
                    FROM pg_stat_user_tables ORDER BY 1""")) {
                while (rows.next()) {
                    tables.put(rows.getString(1), new long[]{rows.getLong(2), rows.getLong(3), rows.getLong(4)});
                }
            }
            return new DatabaseActivity(commits, inserted, updated, deleted, tables);
        }
    }

    /** What happened between an earlier reading and this one. */
    public DatabaseActivity since(DatabaseActivity earlier) {
        Map<String, long[]> tables = new LinkedHashMap<>();
        perTable.forEach((table, now) -> {
            long[] before = earlier.perTable.getOrDefault(table, new long[3]);
            long[] delta = {now[0] - before[0], now[1] - before[1], now[2] - before[2]};
            if (delta[0] + delta[1] + delta[2] > 0) {
                tables.put(table, delta);
            }
        });
        return new DatabaseActivity(commits - earlier.commits, inserted - earlier.inserted,
                updated - earlier.updated, deleted - earlier.deleted, tables);
    }

    public DatabaseActivity plus(DatabaseActivity other) {
        Map<String, long[]> tables = new LinkedHashMap<>(perTable);
        other.perTable.forEach((table, rows) -> tables.merge(table, rows,
                (a, b) -> new long[]{a[0] + b[0], a[1] + b[1], a[2] + b[2]}));
        return new DatabaseActivity(commits + other.commits, inserted + other.inserted, updated + other.updated,
                deleted + other.deleted, tables);
    }

    public static DatabaseActivity none() {
        return new DatabaseActivity(0, 0, 0, 0, Map.of());
    }
}
