package com.example.shop.command.support;

import com.example.shop.command.support.EventLog.StoredEvent;

import java.util.ArrayList;
import java.util.List;

/** Replays an inventory's stored events by hand, to check the stock after every single event. */
public final class StockLedger {

    /** Stock after one event. */
    public record Level(String afterEvent, int onHand, int reserved) {

        public int available() {
            return onHand - reserved;
        }
    }

    private StockLedger() {
    }

    public static List<Level> levels(List<StoredEvent> inventoryEvents) {
        List<Level> levels = new ArrayList<>();
        int onHand = 0;
        int reserved = 0;
        for (StoredEvent event : inventoryEvents) {
            int quantity = event.payload().has("quantity") ? event.payload().get("quantity").asInt() : 0;
            switch (event.type()) {
                case "InventoryOpenedEvent" -> onHand = event.payload().get("initialStock").asInt();
                case "StockAddedEvent", "StockReturnedEvent" -> onHand += quantity;
                case "StockReservedEvent" -> reserved += quantity;
                case "StockReleasedEvent" -> reserved -= quantity;
                case "StockCommittedEvent" -> {
                    reserved -= quantity;
                    onHand -= quantity;
                }
                default -> {
                    // rejections and closing change no quantities
                }
            }
            levels.add(new Level(event.type(), onHand, reserved));
        }
        return levels;
    }

    public static Level last(List<StoredEvent> inventoryEvents) {
        List<Level> levels = levels(inventoryEvents);
        return levels.get(levels.size() - 1);
    }
}
