package com.example.shop.api.order;

import java.util.List;
import java.util.UUID;

/** The steps an order went through, oldest first, and where it stands now. */
public record OrderTimelineView(UUID orderId, OrderStatus status, List<TimelineStep> steps) {

    public OrderTimelineView {
        steps = List.copyOf(steps);
    }
}
