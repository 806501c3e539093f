package com.example.shop.testsupport.system;

import com.example.shop.testsupport.RunMode;
import com.example.shop.testsupport.TestAxonServer;
import com.example.shop.testsupport.TestPostgres;
import io.axoniq.axonserver.connector.AxonServerConnectionFactory;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.connector.impl.ServerAddress;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the ground truth that read models are checked against: the stored events of the running
 * system in global order, read from wherever the run mode keeps them (PostgreSQL's event table, or Axon Server's
 * event stream).
 */
public final class EventLog {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One stored event: where it stands, which stream it belongs to, its simple type name and its payload. */
    public record StoredEvent(long globalIndex, String aggregateId, long sequence, String type, JsonNode payload,
                              JsonNode metaData) {
    }

    private EventLog() {
    }

    /** Every event whose payload type ends with one of the given simple names (all events when none given). */
    public static List<StoredEvent> events(String... simpleTypes) {
        return RunMode.current() == RunMode.AXONSERVER ? AxonServerLog.INSTANCE.events(simpleTypes)
                : fromPostgres(simpleTypes);
    }

    /** How many events are stored, counted where they are stored. */
    public static long count() {
        if (RunMode.current() == RunMode.AXONSERVER) {
            return AxonServerLog.INSTANCE.count();
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM events.DomainEventEntry")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the event log", e);
        }
    }

    /**
     * A connection to the system's PostgreSQL (events in local mode; tokens, sagas, accounts and read models in
     * both), for tests that read or write it themselves.
     */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestPostgres.url());
    }

    private static List<StoredEvent> fromPostgres(String... simpleTypes) {
        StringBuilder sql = new StringBuilder("""
                SELECT globalIndex, aggregateIdentifier, sequenceNumber, payloadType, payload, metaData
                FROM events.DomainEventEntry""");
        for (int i = 0; i < simpleTypes.length; i++) {
            sql.append(i == 0 ? " WHERE " : " OR ").append("payloadType LIKE ?");
        }
        sql.append(" ORDER BY globalIndex");
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < simpleTypes.length; i++) {
                query.setString(i + 1, "%." + simpleTypes[i]);
            }
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byte[] metaData = rows.getBytes(6);
                    events.add(new StoredEvent(rows.getLong(1), rows.getString(2), rows.getLong(3),
                            simpleName(rows.getString(4)), JSON.readTree(rows.getBytes(5)),
                            metaData == null ? JSON.createObjectNode() : JSON.readTree(metaData)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event log", e);
        }
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /**
     * Axon Server's event stream, read once from the start and then only what was appended since: every call
     * catches up to the last token the server reports, so a test sees every event stored before it asked.
     */
    private static final class AxonServerLog {

        static final AxonServerLog INSTANCE = new AxonServerLog();

        private final List<StoredEvent> seen = new ArrayList<>();
        private AxonServerConnectionFactory connections;
        private EventChannel channel;
        private EventStream stream;

        synchronized List<StoredEvent> events(String... simpleTypes) {
            catchUp();
            Set<String> wanted = Set.copyOf(Arrays.asList(simpleTypes));
            return seen.stream().filter(event -> wanted.isEmpty() || wanted.contains(event.type())).toList();
        }

        synchronized long count() {
            return lastToken() + 1;
        }

        private void catchUp() {
            try {
                catchUpOnce();
            } catch (RuntimeException brokenStream) {
                // A fault test may have restarted Axon Server under the open stream: read on over a new connection.
                reset();
                catchUpOnce();
            }
        }

        private void catchUpOnce() {
            long last = lastToken();
            try {
                while (seen.isEmpty() || seen.get(seen.size() - 1).globalIndex() < last) {
                    EventWithToken next = stream().nextIfAvailable(10, TimeUnit.SECONDS);
                    if (next == null) {
                        throw new IllegalStateException("Axon Server reports token " + last + " but streamed only to "
                                + (seen.isEmpty() ? "nothing" : seen.get(seen.size() - 1).globalIndex()));
                    }
                    seen.add(stored(next));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private long lastToken() {
            try {
                return channel().getLastToken().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // The server may be restarting under a fault test: ask again on a new connection next time.
                reset();
                throw new IllegalStateException("cannot ask Axon Server for its last token", e);
            }
        }

        private EventStream stream() {
            if (stream == null || stream.isClosed()) {
                // The stream yields the events after the token it is opened at; -1 stands before the first one.
                long after = seen.isEmpty() ? -1 : seen.get(seen.size() - 1).globalIndex();
                stream = channel().openStream(after, 1_000);
            }
            return stream;
        }

        private EventChannel channel() {
            if (channel == null) {
                String[] address = TestAxonServer.get().address().split(":");
                connections = AxonServerConnectionFactory.forClient("shop-tests-event-log")
                        .routingServers(new ServerAddress(address[0], Integer.parseInt(address[1])))
                        .build();
                channel = connections.connect("default").eventChannel();
            }
            return channel;
        }

        private void reset() {
            if (stream != null) {
                stream.close();
            }
            if (connections != null) {
                connections.shutdown();
            }
            stream = null;
            channel = null;
            connections = null;
        }

        private static StoredEvent stored(EventWithToken withToken) {
            Event event = withToken.getEvent();
            return new StoredEvent(withToken.getToken(), event.getAggregateIdentifier(),
                    event.getAggregateSequenceNumber(), simpleName(event.getPayload().getType()),
                    JSON.readTree(event.getPayload().getData().toByteArray()), metaData(event.getMetaDataMap()));
        }

        private static JsonNode metaData(Map<String, MetaDataValue> values) {
            ObjectNode node = JSON.createObjectNode();
            values.forEach((key, value) -> {
                switch (value.getDataCase()) {
                    case TEXT_VALUE -> node.put(key, value.getTextValue());
                    case NUMBER_VALUE -> node.put(key, value.getNumberValue());
                    case BOOLEAN_VALUE -> node.put(key, value.getBooleanValue());
                    case DOUBLE_VALUE -> node.put(key, value.getDoubleValue());
                    default -> node.put(key, value.getBytesValue().getData().toStringUtf8());
                }
            });
            return node;
        }
    }
}
