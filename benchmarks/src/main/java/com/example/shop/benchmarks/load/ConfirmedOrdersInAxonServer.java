package com.example.shop.benchmarks.load;

import io.axoniq.axonserver.connector.AxonServerConnectionFactory;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.connector.impl.ServerAddress;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.EventWithToken;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts confirmed orders in axonserver mode, as Axon Server streams them: an event stream of its own, opened at
 * the head when the counter starts, in which every event whose payload type is OrderConfirmedEvent counts. The
 * counter shares the machine (and its CPU figure) with the load generator, so it stays cheap: it reads only the
 * payload type, never the payload, and asks the server to leave out every other payload type the first time one
 * arrives, so the server sends about one event per order instead of all of them. Axon Server's tokens have no gaps
 * and arrive in order, so an event counts when it arrives; nothing has to settle as in the event table.
 */
final class ConfirmedOrdersInAxonServer implements ConfirmedOrders {

    private static final int BUFFERED_EVENTS = 1_024;

    /** A payload type and revision, as the server's exclusion takes them. */
    private record PayloadType(String type, String revision) {
    }

    private final AxonServerConnectionFactory connections;
    private final EventChannel channel;
    private final Thread reader;
    private final AtomicLong total = new AtomicLong();
    private volatile boolean running = true;
    /** The token of the last event read; a stream opened at a token yields the events after it. */
    private long lastToken;

    ConfirmedOrdersInAxonServer(String address) {
        String[] hostAndPort = address.split(":");
        this.connections = AxonServerConnectionFactory.forClient("shop-benchmark-confirmed-orders")
                .routingServers(new ServerAddress(hostAndPort[0], Integer.parseInt(hostAndPort[1])))
                .build();
        this.channel = connections.connect("default").eventChannel();
        this.lastToken = headToken();
        this.reader = new Thread(this::countUntilClosed, "confirmed-orders");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public long total() {
        return total.get();
    }

    /**
     * Reads stream after stream: should one end (a dropped connection), the next opens after the last event read,
     * so no confirmation is missed or counted twice for the whole run.
     */
    private void countUntilClosed() {
        try {
            while (running) {
                String ended;
                try {
                    ended = countOneStream();
                } catch (RuntimeException e) {
                    ended = e.toString();
                }
                if (running) {
                    System.err.printf("[bench] the confirmed orders' event stream ended (%s); reopening after token %d%n",
                            ended, lastToken);
                    Thread.sleep(1_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed
        }
    }

    /** Counts what one stream brings until it ends or the counter closes; answers why the stream ended. */
    private String countOneStream() throws InterruptedException {
        EventStream stream = channel.openStream(lastToken, BUFFERED_EVENTS);
        try {
            // Exclusions belong to one stream: a reopened stream learns them again.
            Set<PayloadType> excluded = new HashSet<>();
            while (running && !stream.isClosed()) {
                EventWithToken next = stream.nextIfAvailable(1, TimeUnit.SECONDS);
                if (next == null) {
                    continue;
                }
                lastToken = next.getToken();
                SerializedObject payload = next.getEvent().getPayload();
                if (PAYLOAD_TYPE.equals(payload.getType())) {
                    total.incrementAndGet();
                } else if (!payload.getType().isEmpty()
                        && excluded.add(new PayloadType(payload.getType(), payload.getRevision()))) {
                    stream.excludePayloadType(payload.getType(), payload.getRevision());
                }
            }
            // Read before close(), which replaces the error with its own.
            return stream.getError().map(Throwable::toString).orElse("the server completed it");
        } finally {
            stream.close();
        }
    }

    /** The token of the newest stored event (-1 for an empty store): the stream starts after it. */
    private long headToken() {
        try {
            return channel.getLastToken().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot ask Axon Server for its last token", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.interrupt();
        reader.join(5_000);
        connections.shutdown();
    }
}
