package com.example.shop.benchmarks.seed;

import com.example.shop.benchmarks.seed.TemplateOrder.TemplateEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Fills the event store with history far faster than the API could: clones of a real confirmed order, each with
 * a new order id, spread over new products (each created by clones of its real creation events), with sequence
 * numbers that continue every stream correctly. Written with binary COPY; the global index comes from the event
 * store's own sequence, as for events the services append.
 */
public final class EventSeeder {

    private static final int FLUSH_BYTES = 1 << 20;
    private static final byte[] COPY_HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};

    /** What was written. */
    public record Seeded(long events, long orders, long products, double seconds) {
    }

    private final Connection connection;

    public EventSeeder(Connection connection) {
        this.connection = connection;
    }

    public long storedEvents() throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery("SELECT count(*) FROM events.DomainEventEntry")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Adds at least {@code events} events as whole orders, {@code ordersPerProduct} orders to each new product. */
    public Seeded seed(long events, int ordersPerProduct) throws SQLException, IOException {
        return seedProducts(events, ordersPerProduct, null);
    }

    /** One new product whose inventory stream holds about {@code inventoryEvents} events; answers its id. */
    public UUID seedBusyInventory(int inventoryEvents) throws SQLException, IOException {
        TemplateOrder template = TemplateOrder.latestConfirmed(connection);
        int orders = (int) Math.ceil((double) inventoryEvents / template.inventoryEventsPerOrder());
        UUID[] product = new UUID[1];
        seedProducts((long) orders * template.orderEvents().size(), orders, product);
        return product[0];
    }

    private Seeded seedProducts(long events, int ordersPerProduct, UUID[] firstProduct)
            throws SQLException, IOException {
        TemplateOrder template = TemplateOrder.latestConfirmed(connection);
        long start = System.nanoTime();
        long orders = (long) Math.ceil((double) events / template.orderEvents().size());
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                COPY events.DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                    payload, payloadRevision, payloadType, timeStamp) FROM STDIN (FORMAT binary)""");
        Rows rows = new Rows(copy);
        long written = 0;
        long products = 0;
        try {
            rows.header();
            for (long done = 0; done < orders; products++) {
                String productId = UUID.randomUUID().toString();
                if (firstProduct != null && firstProduct[0] == null) {
                    firstProduct[0] = UUID.fromString(productId);
                }
                String sku = "SEED-" + productId;
                String now = Instant.now().toString();
                long inventorySequence = 0;
                for (TemplateEvent created : template.productEvents()) {
                    rows.event(created.inventory() ? "inventory-" + productId : productId, 0, created,
                            clone(created.payload(), template, null, productId, sku),
                            clone(created.metaData(), template, null, productId, sku), now);
                    inventorySequence += created.inventory() ? 1 : 0;
                    written++;
                }
                for (int n = 0; n < ordersPerProduct && done < orders; n++, done++) {
                    String orderId = UUID.randomUUID().toString();
                    for (TemplateEvent event : template.orderEvents()) {
                        String aggregate = event.inventory() ? "inventory-" + productId : orderId;
                        long sequence = event.inventory() ? inventorySequence++ : event.sequence();
                        rows.event(aggregate, sequence, event, clone(event.payload(), template, orderId, productId, sku),
                                clone(event.metaData(), template, orderId, productId, sku), now);
                        written++;
                    }
                }
            }
            rows.trailer();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        connection.createStatement().execute("ANALYZE events.DomainEventEntry");
        return new Seeded(written, orders, products, (System.nanoTime() - start) / 1e9);
    }

    private static String clone(String text, TemplateOrder template, String orderId, String productId, String sku) {
        if (text == null) {
            return null;
        }
        String cloned = text.replace(template.productId(), productId).replace(template.sku(), sku);
        return orderId == null ? cloned : cloned.replace(template.orderId(), orderId);
    }

    /** Tuples in PostgreSQL's binary COPY format, sent a megabyte at a time. */
    private static final class Rows {
        private final CopyIn copy;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 64 * 1024);
        private final DataOutputStream out = new DataOutputStream(buffer);

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        void header() throws IOException {
            out.write(COPY_HEADER);
        }

        void event(String aggregate, long sequence, TemplateEvent template, String payload, String metaData,
                   String timeStamp) throws IOException, SQLException {
            out.writeShort(9);
            text(aggregate);
            out.writeInt(8);
            out.writeLong(sequence);
            text(template.type());
            text(UUID.randomUUID().toString());
            text(metaData);
            text(payload);
            text(template.payloadRevision());
            text(template.payloadType());
            text(timeStamp);
            if (buffer.size() >= FLUSH_BYTES) {
                flush();
            }
        }

        void trailer() throws IOException, SQLException {
            out.writeShort(-1);
            flush();
        }

        private void text(String value) throws IOException {
            if (value == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private void flush() throws SQLException {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }
}
