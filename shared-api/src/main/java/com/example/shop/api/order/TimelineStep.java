package com.example.shop.api.order;

import java.time.Instant;

/**
 * One step of an order's story.
 *
 * @param type    the event, for example {@code StockReserved}
 * @param source  the aggregate it happened in, for example {@code Inventory 3f2a...}
 * @param details the step in words, for example "reserved 2 of Blue Mug"
 */
public record TimelineStep(Instant at, String type, String source, String details) {
}
