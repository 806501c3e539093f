package com.example.shop.query.live;

import com.example.shop.api.order.OrderTimelineView;
import com.example.shop.api.order.OrderView;

/** What a watcher gets each time an order changes: the order as it is now, and its story so far. */
public record OrderUpdate(OrderView order, OrderTimelineView timeline) {

    /** Changes whenever the order or its story does: a new status, a new step. */
    String fingerprint() {
        return order.status() + "/" + order.updatedAt() + "/" + timeline.steps().size();
    }

    boolean ended() {
        return switch (order.status()) {
            case PENDING -> false;
            case CONFIRMED, REJECTED, CANCELLED -> true;
        };
    }
}
