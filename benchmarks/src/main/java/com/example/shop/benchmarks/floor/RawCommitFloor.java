package com.example.shop.benchmarks.floor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical floor: how many orders per second the same PostgreSQL could record if an order cost nothing but
 * its database work. Plain JDBC from several threads replays the measured shape of one order (its transactions,
 * and its inserted, updated and deleted rows spread over them) into tables shaped like the event store: a
 * BIGSERIAL log with the event store's unique keys and payload size, rows updated in place as tokens and sagas
 * are, and rows inserted and deleted later as associations and deadlines are.
 */
public final class RawCommitFloor {

    private static final int PAYLOAD_BYTES = 600;
    private static final int UPDATED_ROWS = 1_000;

    /** Orders per second the database sustained, and the transactions per second that took. */
    public record Floor(double ordersPerSecond, double commitsPerSecond, int threads, double seconds) {
    }

    private final String url;

    public RawCommitFloor(String url) {
        this.url = url;
    }

    public Floor run(WriteShape shape, int threads, Duration duration) throws Exception {
        prepare();
        try {
            AtomicLong orders = new AtomicLong();
            AtomicLong commits = new AtomicLong();
            long end = System.nanoTime() + duration.toNanos();
            long start = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread worker = new Thread(() -> replayUntil(end, shape, orders, commits), "floor-" + i);
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Floor(orders.get() / seconds, commits.get() / seconds, threads, seconds);
        } finally {
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS bench_floor CASCADE");
            }
        }
    }

    private void prepare() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS bench_floor CASCADE");
            statement.execute("CREATE SCHEMA bench_floor");
            statement.execute("""
                    CREATE TABLE bench_floor.event_log (
                        globalIndex BIGSERIAL PRIMARY KEY, aggregateIdentifier VARCHAR(255) NOT NULL,
                        sequenceNumber BIGINT NOT NULL, eventIdentifier VARCHAR(255) NOT NULL UNIQUE,
                        payload BYTEA NOT NULL, UNIQUE (aggregateIdentifier, sequenceNumber))""");
            statement.execute("CREATE TABLE bench_floor.state (id INT PRIMARY KEY, version BIGINT, data BYTEA)");
            statement.execute("""
                    INSERT INTO bench_floor.state SELECT i, 0, decode(repeat('ab', 300), 'hex')
                    FROM generate_series(0, %d) i""".formatted(UPDATED_ROWS - 1));
            statement.execute("""
                    CREATE TABLE bench_floor.transient (id BIGSERIAL PRIMARY KEY, owner VARCHAR(255), data BYTEA)""");
            statement.execute("CREATE INDEX ON bench_floor.transient (owner)");
        }
    }

    private void replayUntil(long end, WriteShape shape, AtomicLong orders, AtomicLong commits) {
        byte[] payload = new byte[PAYLOAD_BYTES];
        ThreadLocalRandom.current().nextBytes(payload);
        Deque<Long> toDelete = new ArrayDeque<>();
        Fractions due = new Fractions();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            PreparedStatement appendEvent = connection.prepareStatement("""
                    INSERT INTO bench_floor.event_log (aggregateIdentifier, sequenceNumber, eventIdentifier, payload)
                    VALUES (?, ?, ?, ?)""");
            PreparedStatement update = connection.prepareStatement(
                    "UPDATE bench_floor.state SET version = version + 1, data = ? WHERE id = ?");
            PreparedStatement insertTransient = connection.prepareStatement(
                    "INSERT INTO bench_floor.transient (owner, data) VALUES (?, ?) RETURNING id");
            PreparedStatement delete = connection.prepareStatement("DELETE FROM bench_floor.transient WHERE id = ?");
            PreparedStatement read = connection.prepareStatement("SELECT version FROM bench_floor.state WHERE id = ?");
            String owner = Thread.currentThread().getName();
            while (System.nanoTime() < end) {
                int transactions = Math.max(1, due.take(0, shape.commits()));
                int deletes = due.take(1, shape.deletes());
                int inserts = Math.max(0, due.take(2, shape.inserts()) - deletes);
                int updates = due.take(3, shape.updates());
                String aggregate = UUID.randomUUID().toString();
                for (int t = 0; t < transactions; t++) {
                    boolean wrote = false;
                    for (int i = share(inserts, transactions, t); i > 0; i--, wrote = true) {
                        appendEvent.setString(1, aggregate);
                        appendEvent.setLong(2, ThreadLocalRandom.current().nextLong(Long.MAX_VALUE));
                        appendEvent.setString(3, UUID.randomUUID().toString());
                        appendEvent.setBytes(4, payload);
                        appendEvent.executeUpdate();
                    }
                    for (int i = share(deletes, transactions, t); i > 0; i--, wrote = true) {
                        insertTransient.setString(1, owner);
                        insertTransient.setBytes(2, payload);
                        try (ResultSet id = insertTransient.executeQuery()) {
                            id.next();
                            toDelete.addLast(id.getLong(1));
                        }
                        if (toDelete.size() > 1) {
                            delete.setLong(1, toDelete.removeFirst());
                            delete.executeUpdate();
                        }
                    }
                    for (int i = share(updates, transactions, t); i > 0; i--, wrote = true) {
                        update.setBytes(1, payload);
                        update.setInt(2, ThreadLocalRandom.current().nextInt(UPDATED_ROWS));
                        update.executeUpdate();
                    }
                    if (!wrote) {
                        read.setInt(1, ThreadLocalRandom.current().nextInt(UPDATED_ROWS));
                        read.executeQuery().close();
                    }
                    connection.commit();
                    commits.incrementAndGet();
                }
                orders.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the floor replay failed", e);
        }
    }

    /** The part of {@code total} rows that transaction {@code t} of {@code n} writes, spread evenly. */
    private static int share(int total, int n, int t) {
        return total / n + (t < total % n ? 1 : 0);
    }

    /** Turns fractional averages (2.4 transactions per order) into whole counts that add up to them over time. */
    private static final class Fractions {
        private final double[] carried = new double[4];

        int take(int kind, double average) {
            carried[kind] += average;
            int whole = (int) Math.floor(carried[kind]);
            carried[kind] -= whole;
            return whole;
        }
    }
}
