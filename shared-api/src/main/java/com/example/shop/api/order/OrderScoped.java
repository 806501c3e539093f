package com.example.shop.api.order;

import java.util.UUID;

/**
 * An event that is a step of one order's process: the order's own events and the inventory events its
 * fulfilment caused. Read models that follow an order across streams key on {@link #orderId()}.
 */
public interface OrderScoped {

    UUID orderId();
}
