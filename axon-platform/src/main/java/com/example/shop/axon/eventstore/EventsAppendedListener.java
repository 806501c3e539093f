package com.example.shop.axon.eventstore;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Listens on a PostgreSQL connection of its own for the event table's notifications (each statement that appends
 * events sends one when it commits, see {@code V2__notify_on_append.sql}) and wakes the event store for each, so
 * that an event committed by another service is read at once rather than at the store's next poll.
 * <p>
 * A notification is only a hint: the store still polls, and after every (re)connection this wakes it once, since
 * events may have been committed while nobody listened. So a lost connection delays events, never loses them.
 * <p>
 * Under load every commit notifies, a hundred times a second and more. Waking the store for each made every reader
 * fetch and process an event or two at a time, and cost a quarter more CPU per order at saturation; so a wake-up
 * follows the previous one by at least {@code minWakeInterval}, and covers whatever was committed in between.
 */
final class EventsAppendedListener implements SmartLifecycle {

    static final String CHANNEL = "events_appended";
    private static final Logger log = LoggerFactory.getLogger(EventsAppendedListener.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final String url;
    private final Properties connectionProperties;
    private final Runnable wake;
    private final long minWakeIntervalNanos;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    /**
     * @param applicationName how the connection names itself in {@code pg_stat_activity}
     * @param wake            what to do when events were appended
     * @param minWakeInterval the shortest time between two wake-ups
     */
    EventsAppendedListener(String url, String username, String password, String applicationName, Runnable wake,
                           Duration minWakeInterval) {
        this.url = url;
        this.wake = wake;
        this.minWakeIntervalNanos = minWakeInterval.toNanos();
        this.connectionProperties = new Properties();
        if (username != null) {
            connectionProperties.setProperty("user", username);
        }
        if (password != null) {
            connectionProperties.setProperty("password", password);
        }
        connectionProperties.setProperty("ApplicationName", applicationName);
        connectionProperties.setProperty("connectTimeout", "5");
        connectionProperties.setProperty("tcpKeepAlive", "true");
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listenUntilStopped, "events-appended-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly(connection);
        if (listener == null) {
            return;
        }
        listener.interrupt();
        try {
            listener.join(WAIT_MILLIS * 2L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection listening = DriverManager.getConnection(url, connectionProperties)) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                retry = FIRST_RETRY;
                wake.run();
                long lastWake = System.nanoTime();
                PGConnection notifications = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        long tooSoonBy = lastWake + minWakeIntervalNanos - System.nanoTime();
                        if (tooSoonBy > 0 && !pause(Duration.ofNanos(tooSoonBy))) {
                            return;
                        }
                        wake.run();
                        lastWake = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("No notifications of new events ({}); the event store polls until they are back, next try in {} s",
                        e.getMessage(), retry.toSeconds());
                if (!pause(retry)) {
                    return;
                }
                Duration doubled = retry.multipliedBy(2);
                retry = doubled.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : doubled;
            }
        }
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // stopping: the connection is being dropped anyway
            }
        }
    }
}
