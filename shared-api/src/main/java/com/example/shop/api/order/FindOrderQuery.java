package com.example.shop.api.order;

import java.util.UUID;

/** Ask for one order; answered by an {@link OrderView}. */
public record FindOrderQuery(UUID orderId) {
}
