package com.example.shop.command.inventory;

import com.example.shop.api.inventory.InventoryId;
import com.example.shop.api.inventory.StockCommittedEvent;
import com.example.shop.command.support.CommandSideIT;
import com.example.shop.command.support.EventLog.StoredEvent;
import com.example.shop.testsupport.EarlierRevisions;
import com.example.shop.testsupport.TestTokens;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * StockAddedEvent gained a reason in revision 2. An inventory whose stream holds both revisions, revision 1 stored
 * exactly as the earlier version wrote it, loads and decides on all of them, and loading it from a snapshot plus
 * the events after it gives the same state as replaying its whole stream.
 */
class StockAddedEvolutionIT extends CommandSideIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private EventStore eventStore;
    @Autowired
    private Serializer serializer;
    @Autowired
    private DataSource dataSource;

    @Test
    void anInventoryLoadsStockAddedEventsOfBothRevisionsAndCountsEveryUnit() {
        UUID productId = createProduct("1.00", 0);
        EarlierRevisions.appendStockAddedRevision1(productId, 1, 2);
        EarlierRevisions.appendStockAddedRevision1(productId, 2, 3);
        assertThat(api.post("/api/products/" + productId + "/stock", admin,
                Map.of("quantity", 4, "reason", "STOCKTAKE")).status()).isEqualTo(204);

        UUID allOfIt = placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 9)));
        assertThat(awaitOutcome(allOfIt).type()).isEqualTo("OrderConfirmedEvent");
        UUID oneMore = placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 1)));
        StoredEvent refused = awaitOutcome(oneMore);

        assertThat(refused.type()).isEqualTo("OrderRejectedEvent");
        assertThat(refused.payload().get("details").asString()).contains("available 0");
        StoredEvent added = events.ofInventory(productId).get(3);
        assertThat(added.type()).isEqualTo("StockAddedEvent");
        assertThat(added.payload().get("reason").asString()).isEqualTo("STOCKTAKE");
        assertThat(revisionOf(productId, 3)).isEqualTo("2");
        assertThat(revisionOf(productId, 1)).isNull();
    }

    @Test
    void aSnapshotPlusTheEventsAfterItEqualsAFullReplayOfAStreamWithBothRevisions() {
        UUID productId = createProduct("1.00", 10);
        for (int sequence = 1; sequence <= 60; sequence++) {
            EarlierRevisions.appendStockAddedRevision1(productId, sequence, 1);
        }
        for (int i = 0; i < 45; i++) {
            assertThat(api.post("/api/products/" + productId + "/stock", admin,
                    Map.of("quantity", 2, "reason", i % 2 == 0 ? "DELIVERY" : "STOCKTAKE")).status()).isEqualTo(204);
        }
        awaitSnapshotOf(productId);
        // the tail after the snapshot: a reservation still held, and more stock
        UUID held = placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 7)));
        assertThat(awaitOutcome(held).type()).isEqualTo("OrderConfirmedEvent");
        // The saga commits the reservation after it has confirmed the order.
        await().atMost(Duration.ofSeconds(10)).until(() -> eventStore.readEvents(InventoryId.of(productId), 0)
                .asStream().anyMatch(event -> event.getPayload() instanceof StockCommittedEvent));
        assertThat(api.post("/api/products/" + productId + "/stock", admin, Map.of("quantity", 5)).status())
                .isEqualTo(204);

        DomainEventStream fromSnapshot = eventStore.readEvents(InventoryId.of(productId));
        assertThat(fromSnapshot.peek().getPayloadType()).as("the stream starts with a snapshot").isEqualTo(Inventory.class);
        assertThat(fromSnapshot.peek().getSequenceNumber()).as("the snapshot covers every revision 1 event, and "
                + "events follow it").isGreaterThan(60).isLessThan(lastSequenceOf(productId));
        JsonNode loadedFromSnapshot = stateOf(fromSnapshot);
        JsonNode replayedInFull = stateOf(eventStore.readEvents(InventoryId.of(productId), 0));

        assertThat(loadedFromSnapshot).isEqualTo(replayedInFull);
        // 10 opened with, 60 × 1 of revision 1, 45 × 2 of revision 2, 7 sold, 5 added after the snapshot
        assertThat(replayedInFull.get("onHand").asInt()).isEqualTo(10 + 60 + 90 - 7 + 5);
        assertThat(replayedInFull.get("reservations").isEmpty()).isTrue();
    }

    /** The aggregate's state, as its snapshot would store it, after applying a stream the way Axon loads one. */
    private JsonNode stateOf(DomainEventStream stream) {
        AggregateModel<Inventory> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Inventory.class);
        DomainEventMessage<?> first = stream.peek();
        Inventory root = new GenericAggregateFactory<>(Inventory.class)
                .createAggregateRoot(first.getAggregateIdentifier(), first);
        EventSourcedAggregate<Inventory> aggregate = EventSourcedAggregate.initialize(root, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(stream);
        byte[] state = serializer.serialize(aggregate.getAggregateRoot(), byte[].class).getData();
        return JSON.readTree(state);
    }

    private void awaitSnapshotOf(UUID productId) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("SELECT count(*) FROM events.SnapshotEventEntry WHERE aggregateIdentifier = :id")
                .param("id", InventoryId.of(productId)).query(Long.class).single() > 0);
    }

    private String revisionOf(UUID productId, long sequenceNumber) {
        return JdbcClient.create(dataSource).sql("""
                        SELECT payloadRevision FROM events.DomainEventEntry
                        WHERE aggregateIdentifier = :id AND sequenceNumber = :sequence""")
                .param("id", InventoryId.of(productId)).param("sequence", sequenceNumber)
                .query((rs, row) -> rs.getString(1)).list().get(0);
    }

    private long lastSequenceOf(UUID productId) {
        return JdbcClient.create(dataSource)
                .sql("SELECT max(sequenceNumber) FROM events.DomainEventEntry WHERE aggregateIdentifier = :id")
                .param("id", InventoryId.of(productId)).query(Long.class).single();
    }
}
