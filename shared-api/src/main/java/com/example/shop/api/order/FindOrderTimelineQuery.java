package com.example.shop.api.order;

import java.util.UUID;

/** Ask for the story of one order, step by step; answered by an {@link OrderTimelineView}. */
public record FindOrderTimelineQuery(UUID orderId) {
}
