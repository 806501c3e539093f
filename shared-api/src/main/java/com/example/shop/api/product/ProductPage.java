package com.example.shop.api.product;

import java.util.List;

/** One page of the catalog, with how many products match in all. */
public record ProductPage(List<ProductView> items, int page, int size, long totalItems) {

    public ProductPage {
        items = List.copyOf(items);
    }
}
