package com.example.shop.reliability.hostile;

import com.example.shop.testsupport.system.EventLog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * How much the shop has stored: events (every change of products, stock and orders is one) and accounts with
 * their roles (the gateway's own). Equal counts before and after a batch of refused requests mean that none of
 * them stored anything; the read models are built from the events, so they cannot have changed either.
 */
record StoredState(long events, long accounts, long roles) {

    static StoredState now() {
        try (Connection connection = EventLog.connect(); Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery("""
                     SELECT (SELECT count(*) FROM gateway.users),
                            (SELECT count(*) FROM gateway.user_roles)""")) {
            counts.next();
            return new StoredState(EventLog.count(), counts.getLong(1), counts.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count what the shop stored", e);
        }
    }

    /**
     * The state once nothing changes any more for a moment: an order accepted just before is still being
     * confirmed by the saga, and its events must not be taken for something a refused request stored.
     */
    static StoredState settled() {
        StoredState[] last = {now()};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(700)).until(() -> {
            StoredState current = now();
            boolean still = current.equals(last[0]);
            last[0] = current;
            return still;
        });
        return last[0];
    }
}
