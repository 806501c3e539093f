package com.example.shop.command.inventory;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.inventory.AddStockCommand;
import com.example.shop.api.inventory.CloseInventoryCommand;
import com.example.shop.api.inventory.CommitStockCommand;
import com.example.shop.api.inventory.InventoryClosedEvent;
import com.example.shop.api.inventory.InventoryId;
import com.example.shop.api.inventory.InventoryOpenedEvent;
import com.example.shop.api.inventory.ReleaseStockCommand;
import com.example.shop.api.inventory.ReserveStockCommand;
import com.example.shop.api.inventory.ReturnStockCommand;
import com.example.shop.api.inventory.StockAddedEvent;
import com.example.shop.api.inventory.StockAdditionReason;
import com.example.shop.api.inventory.StockCommittedEvent;
import com.example.shop.api.inventory.StockReleasedEvent;
import com.example.shop.api.inventory.StockReservationRejectedEvent;
import com.example.shop.api.inventory.StockReservedEvent;
import com.example.shop.api.inventory.StockReturnedEvent;
import com.example.shop.command.Refusal;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock of one product, in a stream of its own ({@link InventoryId}). The only place that decides whether units can be held
 * for an order, so {@code available = onHand - reserved} can never drop below zero: commands for one
 * inventory are handled one at a time, and a reservation beyond what is available is refused with an event.
 * <p>
 * Popular products collect thousands of events, so this aggregate is snapshotted; its fields are what the
 * snapshot stores.
 */
@Aggregate(snapshotTriggerDefinition = "inventorySnapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Inventory {

    @AggregateIdentifier
    private String inventoryId;
    private UUID productId;
    private int onHand;
    private Map<UUID, Integer> reservations = new HashMap<>();
    private Set<UUID> returnedOrders = new HashSet<>();
    private boolean closed;

    protected Inventory() {
        // for Axon: rebuilt from a snapshot and events
    }

    private Inventory(UUID productId, int initialStock) {
        apply(new InventoryOpenedEvent(productId, initialStock));
    }

    /** Opens the inventory of a new product; called in the unit of work that creates the product. */
    public static Inventory open(UUID productId, int initialStock) {
        return new Inventory(productId, initialStock);
    }

    @CommandHandler
    void handle(AddStockCommand command) {
        if (command.quantity() <= 0) {
            throw new Refusal(ErrorCode.VALIDATION_FAILED, "quantity must be positive");
        }
        // Stock used to be added for deliveries only, so a caller that names no reason still means one.
        apply(new StockAddedEvent(productId, command.quantity(),
                command.reason() == null ? StockAdditionReason.DELIVERY : command.reason()));
    }

    @CommandHandler
    void handle(ReserveStockCommand command) {
        if (reservations.containsKey(command.orderId())) {
            return;
        }
        if (closed) {
            apply(new StockReservationRejectedEvent(productId, command.orderId(), command.quantity(), available(),
                    ErrorCode.PRODUCT_DISCONTINUED));
            return;
        }
        if (command.quantity() <= 0 || command.quantity() > available()) {
            apply(new StockReservationRejectedEvent(productId, command.orderId(), command.quantity(), available(),
                    ErrorCode.OUT_OF_STOCK));
            return;
        }
        apply(new StockReservedEvent(productId, command.orderId(), command.quantity()));
    }

    @CommandHandler
    void handle(ReleaseStockCommand command) {
        Integer held = reservations.get(command.orderId());
        if (held != null) {
            apply(new StockReleasedEvent(productId, command.orderId(), held));
        }
    }

    @CommandHandler
    void handle(CommitStockCommand command) {
        Integer held = reservations.get(command.orderId());
        if (held != null) {
            apply(new StockCommittedEvent(productId, command.orderId(), held));
        }
    }

    @CommandHandler
    void handle(ReturnStockCommand command) {
        if (command.quantity() <= 0 || returnedOrders.contains(command.orderId())) {
            return;
        }
        apply(new StockReturnedEvent(productId, command.orderId(), command.quantity()));
    }

    @CommandHandler
    void handle(CloseInventoryCommand command) {
        if (!closed) {
            apply(new InventoryClosedEvent(productId));
        }
    }

    private int available() {
        return onHand - reservations.values().stream().mapToInt(Integer::intValue).sum();
    }

    @EventSourcingHandler
    void on(InventoryOpenedEvent event) {
        inventoryId = InventoryId.of(event.productId());
        productId = event.productId();
        onHand = event.initialStock();
    }

    @EventSourcingHandler
    void on(StockAddedEvent event) {
        onHand += event.quantity();
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        reservations.put(event.orderId(), event.quantity());
    }

    @EventSourcingHandler
    void on(StockReleasedEvent event) {
        reservations.remove(event.orderId());
    }

    @EventSourcingHandler
    void on(StockCommittedEvent event) {
        reservations.remove(event.orderId());
        onHand -= event.quantity();
    }

    @EventSourcingHandler
    void on(StockReturnedEvent event) {
        returnedOrders.add(event.orderId());
        onHand += event.quantity();
    }

    @EventSourcingHandler
    void on(InventoryClosedEvent event) {
        closed = true;
    }
}
