package com.example.shop.api.order;

import java.util.List;

/** One page of orders, with how many match in all. */
public record OrderPage(List<OrderView> items, int page, int size, long totalItems) {

    public OrderPage {
        items = List.copyOf(items);
    }
}
