package com.example.shop.benchmarks.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts confirmed orders in local mode, as PostgreSQL's event table records them: OrderConfirmedEvent rows, read
 * by global index window ten times a second. Each poll scans only the events of the last two seconds: the part
 * below that is settled (a transaction that took a global index commits within milliseconds) and counted once.
 */
final class ConfirmedOrdersInPostgres implements ConfirmedOrders {

    private static final long SETTLE_NANOS = 2_000_000_000L;

    private final Connection connection;
    private final Thread poller;
    private final AtomicLong total = new AtomicLong();
    private final Deque<long[]> recentHeads = new ArrayDeque<>();
    private long settledIndex;
    private long settledCount;
    private volatile boolean running = true;

    ConfirmedOrdersInPostgres(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
        this.settledIndex = head(connection);
        this.poller = new Thread(this::pollUntilClosed, "confirmed-orders");
        poller.setDaemon(true);
        poller.start();
    }

    @Override
    public long total() {
        return total.get();
    }

    private static long head(Connection connection) throws SQLException {
        try (ResultSet row = connection.createStatement()
                .executeQuery("SELECT coalesce(max(globalIndex), 0) FROM events.DomainEventEntry")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void pollUntilClosed() {
        try (PreparedStatement count = connection.prepareStatement("""
                SELECT count(*) FILTER (WHERE payloadType = ? AND globalIndex <= ?),
                       count(*) FILTER (WHERE payloadType = ?),
                       coalesce(max(globalIndex), ?)
                FROM events.DomainEventEntry WHERE globalIndex > ?""")) {
            while (running) {
                long now = System.nanoTime();
                long settleAt = settleCandidate(now);
                count.setString(1, PAYLOAD_TYPE);
                count.setLong(2, settleAt);
                count.setString(3, PAYLOAD_TYPE);
                count.setLong(4, settledIndex);
                count.setLong(5, settledIndex);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total.set(settledCount + row.getLong(2));
                    recentHeads.addLast(new long[]{now, row.getLong(3)});
                    if (settleAt > settledIndex) {
                        settledCount += row.getLong(1);
                        settledIndex = settleAt;
                    }
                }
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            if (running) {
                throw new IllegalStateException("cannot count confirmed orders", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The newest head seen at least two seconds ago: everything up to it has committed. */
    private long settleCandidate(long now) {
        long candidate = settledIndex;
        while (!recentHeads.isEmpty() && now - recentHeads.peekFirst()[0] >= SETTLE_NANOS) {
            candidate = Math.max(candidate, recentHeads.removeFirst()[1]);
        }
        return candidate;
    }

    @Override
    public void close() throws Exception {
        running = false;
        poller.interrupt();
        poller.join(5_000);
        connection.close();
    }
}
