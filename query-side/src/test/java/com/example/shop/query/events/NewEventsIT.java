package com.example.shop.query.events;

import com.example.shop.query.support.QuerySideIT;
import com.example.shop.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * query-side learns of events that command-side (another process) commits from PostgreSQL's notifications, not from
 * its poll: these tests, like every test of this module, run with the event store polling once a minute
 * ({@link QuerySideIT}), so a read model that waited for the poll would miss their deadlines by far.
 */
class NewEventsIT extends QuerySideIT {

    private static final String LISTENER = "query-side events listener";

    @Test
    void anEventCommittedByCommandSideIsProjectedWithoutWaitingForThePoll() {
        UUID productId = createProduct("Notified Mug", "4.00", 3);

        await().atMost(Duration.ofSeconds(15)).until(() -> queries.send("GET", "/api/products/" + productId, null, null, Map.of()).status() == 200);
    }

    @Test
    void eventsCommittedWhileTheListenerWasCutOffAreReadWhenItIsBack() throws SQLException {
        long cutOff = listenerBackend().orElseThrow();
        terminate(cutOff);
        UUID productId = createProduct("Mug Made During The Cut", "4.00", 3);

        await().atMost(Duration.ofSeconds(15)).until(() -> listenerBackend().filter(pid -> pid != cutOff).isPresent());
        await().atMost(Duration.ofSeconds(15)).until(() -> queries.send("GET", "/api/products/" + productId, null, null, Map.of()).status() == 200);
        assertThat(listenerBackend()).isPresent().get().isNotEqualTo(cutOff);
    }

    private static Optional<Long> listenerBackend() throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT pid FROM pg_stat_activity WHERE application_name = '" + LISTENER + "'")) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }

    private static void terminate(long pid) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestPostgres.url(), "postgres", "postgres");
    }
}
