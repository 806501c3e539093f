package com.example.shop.query.catalog;

import com.example.shop.api.inventory.InventoryClosedEvent;
import com.example.shop.api.inventory.InventoryOpenedEvent;
import com.example.shop.api.inventory.StockAddedEvent;
import com.example.shop.api.inventory.StockCommittedEvent;
import com.example.shop.api.inventory.StockReleasedEvent;
import com.example.shop.api.inventory.StockReservationRejectedEvent;
import com.example.shop.api.inventory.StockReservedEvent;
import com.example.shop.api.inventory.StockReturnedEvent;
import com.example.shop.api.product.ProductCreatedEvent;
import com.example.shop.api.product.ProductDetailsChangedEvent;
import com.example.shop.api.product.ProductDiscontinuedEvent;
import com.example.shop.api.product.ProductStatus;
import com.example.shop.api.common.Money;
import com.example.shop.query.replay.ReadModelGenerations;
import com.example.shop.query.replay.RebuildableReadModel;
import com.example.shop.query.replay.Rebuilds;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Projects product and inventory events into the catalog. MongoDB cannot join the transaction that moves this
 * processor's token, so every document guards itself: it keeps the sequence number of the last product event
 * and of the last inventory event applied to it, and an update only applies when its event is newer. A
 * redelivered event therefore matches nothing and changes nothing, increments included.
 */
@Component
@ProcessingGroup(CatalogProjection.NAME)
class CatalogProjection extends RebuildableReadModel {

    static final String NAME = "catalog";

    private final MongoTemplate mongo;
    private final CatalogCollections collections;
    private final ReadModelGenerations generations;

    CatalogProjection(MongoTemplate mongo, CatalogCollections collections, ReadModelGenerations generations,
                      Rebuilds rebuilds) {
        super(NAME, rebuilds);
        this.mongo = mongo;
        this.collections = collections;
        this.generations = generations;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence) {
        applyProductEvent(event.productId(), sequence, details(event.name(), event.description(), event.price())
                .set("sku", event.sku())
                .set("status", ProductStatus.ACTIVE.name()));
    }

    @EventHandler
    void on(ProductDetailsChangedEvent event, @SequenceNumber long sequence) {
        applyProductEvent(event.productId(), sequence, details(event.name(), event.description(), event.price()));
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event, @SequenceNumber long sequence) {
        applyProductEvent(event.productId(), sequence, new Update().set("status", ProductStatus.DISCONTINUED.name()));
    }

    @EventHandler
    void on(InventoryOpenedEvent event, @SequenceNumber long sequence) {
        applyInventoryEvent(event.productId(), sequence, new Update().set("onHand", event.initialStock()));
    }

    @EventHandler
    void on(StockAddedEvent event, @SequenceNumber long sequence) {
        applyInventoryEvent(event.productId(), sequence, new Update().inc("onHand", event.quantity()));
    }

    @EventHandler
    void on(StockReservedEvent event, @SequenceNumber long sequence) {
        applyInventoryEvent(event.productId(), sequence, new Update().inc("reserved", event.quantity()));
    }

    @EventHandler
    void on(StockReleasedEvent event, @SequenceNumber long sequence) {
        applyInventoryEvent(event.productId(), sequence, new Update().inc("reserved", -event.quantity()));
    }

    @EventHandler
    void on(StockCommittedEvent event, @SequenceNumber long sequence) {
        applyInventoryEvent(event.productId(), sequence,
                new Update().inc("reserved", -event.quantity()).inc("onHand", -event.quantity()));
    }

    @EventHandler
    void on(StockReturnedEvent event, @SequenceNumber long sequence) {
        applyInventoryEvent(event.productId(), sequence, new Update().inc("onHand", event.quantity()));
    }

    /** Changes no figure, but is a step of the stream: the guard must move past it. */
    @EventHandler
    void on(StockReservationRejectedEvent event, @SequenceNumber long sequence) {
        applyInventoryEvent(event.productId(), sequence, new Update());
    }

    @EventHandler
    void on(InventoryClosedEvent event, @SequenceNumber long sequence) {
        applyInventoryEvent(event.productId(), sequence, new Update());
    }

    @Override
    public void dropGeneration(int generation) {
        collections.drop(generation);
    }

    private void applyProductEvent(UUID productId, long sequence, Update update) {
        applyGuarded(productId, "productSequence", sequence, update);
    }

    private void applyInventoryEvent(UUID productId, long sequence, Update update) {
        applyGuarded(productId, "inventorySequence", sequence, update);
    }

    private void applyGuarded(UUID productId, String guard, long sequence, Update update) {
        String collection = collections.of(generations.writing(NAME));
        mongo.upsert(Query.query(where("_id").is(productId.toString())), new Update()
                .setOnInsert("productSequence", -1L)
                .setOnInsert("inventorySequence", -1L)
                .setOnInsert("onHand", 0)
                .setOnInsert("reserved", 0), collection);
        Criteria newerThanLastApplied = where("_id").is(productId.toString()).and(guard).lt(sequence);
        mongo.updateFirst(Query.query(newerThanLastApplied), update.set(guard, sequence), collection);
    }

    private static Update details(String name, String description, Money price) {
        return new Update()
                .set("name", name)
                .set("description", description)
                .set("priceAmount", price.amount().toPlainString())
                .set("currency", price.currency())
                .set("searchText", (name + " " + description).toLowerCase(Locale.ROOT));
    }
}
