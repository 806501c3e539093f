package com.example.shop.reliability;

import com.example.shop.testsupport.system.EventLog;
import com.example.shop.testsupport.system.EventLog.StoredEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the event log says, worked out independently of the services: each product's stock replayed event by
 * event, and each order's outcome. The reliability cases hold the read models and the services' answers
 * against it.
 */
public final class Ledger {

    /** A product's stock after its last event, and the lowest availability seen at any event on the way. */
    public record Stock(int onHand, int reserved, int lowestAvailable) {
        public int available() {
            return onHand - reserved;
        }
    }

    private Ledger() {
    }

    public static Stock stockOf(UUID productId) {
        int onHand = 0;
        int reserved = 0;
        int lowest = Integer.MAX_VALUE;
        for (StoredEvent event : EventLog.events("InventoryOpenedEvent", "StockAddedEvent", "StockReservedEvent",
                "StockReleasedEvent", "StockCommittedEvent", "StockReturnedEvent")) {
            if (!event.payload().get("productId").asString().equals(productId.toString())) {
                continue;
            }
            switch (event.type()) {
                case "InventoryOpenedEvent" -> onHand = event.payload().get("initialStock").asInt();
                case "StockAddedEvent", "StockReturnedEvent" -> onHand += quantity(event);
                case "StockReservedEvent" -> reserved += quantity(event);
                case "StockReleasedEvent" -> reserved -= quantity(event);
                case "StockCommittedEvent" -> {
                    reserved -= quantity(event);
                    onHand -= quantity(event);
                }
                default -> throw new IllegalStateException(event.type());
            }
            lowest = Math.min(lowest, onHand - reserved);
        }
        return new Stock(onHand, reserved, lowest);
    }

    /** Each order's outcome so far: CONFIRMED, REJECTED or CANCELLED, by order id; pending orders are absent. */
    public static Map<UUID, String> outcomes() {
        Map<UUID, String> outcomes = new HashMap<>();
        for (StoredEvent event : EventLog.events("OrderConfirmedEvent", "OrderRejectedEvent", "OrderCancelledEvent")) {
            String status = switch (event.type()) {
                case "OrderConfirmedEvent" -> "CONFIRMED";
                case "OrderRejectedEvent" -> "REJECTED";
                default -> "CANCELLED";
            };
            outcomes.put(UUID.fromString(event.payload().get("orderId").asString()), status);
        }
        return outcomes;
    }

    /** The outcome of one order, if it has one. */
    public static Optional<String> outcomeOf(UUID orderId) {
        return Optional.ofNullable(outcomes().get(orderId));
    }

    /** How many events of a type carry this order id. */
    public static long countFor(UUID orderId, String simpleType) {
        List<StoredEvent> events = EventLog.events(simpleType);
        return events.stream().filter(e -> e.payload().get("orderId").asString().equals(orderId.toString())).count();
    }

    /** How many events of a type carry each order id, by order id. */
    public static Map<String, Long> countsByOrder(String simpleType) {
        return EventLog.events(simpleType).stream().collect(Collectors.groupingBy(
                e -> e.payload().get("orderId").asString(), Collectors.counting()));
    }

    /** The types of the events that carry this order id, in order: what happened to it, for failure messages. */
    public static List<String> storyOf(UUID orderId) {
        return EventLog.events().stream()
                .filter(e -> e.payload().has("orderId") && e.payload().get("orderId").asString().equals(orderId.toString()))
                .map(StoredEvent::type).toList();
    }

    private static int quantity(StoredEvent event) {
        return event.payload().get("quantity").asInt();
    }
}
