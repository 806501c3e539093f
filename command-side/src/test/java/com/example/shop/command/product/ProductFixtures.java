package com.example.shop.command.product;

import com.example.shop.api.common.Money;
import com.example.shop.api.product.ChangeProductDetailsCommand;
import com.example.shop.api.product.CreateProductCommand;
import com.example.shop.api.product.ProductCreatedEvent;
import com.example.shop.api.product.ProductDetailsChangedEvent;

import java.util.UUID;

/** Test data for the catalog: one blue mug, created and then changed. */
final class ProductFixtures {

    static final UUID PRODUCT_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final String SKU = "MUG-BLUE";

    private ProductFixtures() {
    }

    static CreateProductCommand createProduct(int initialStock) {
        return new CreateProductCommand(PRODUCT_ID, SKU, "Blue Mug", "Holds coffee", Money.of("12.50", "EUR"),
                initialStock);
    }

    static ProductCreatedEvent productCreated() {
        return new ProductCreatedEvent(PRODUCT_ID, SKU, "Blue Mug", "Holds coffee", Money.of("12.50", "EUR"));
    }

    static ChangeProductDetailsCommand changeDetails() {
        return new ChangeProductDetailsCommand(PRODUCT_ID, "Big Blue Mug", "Holds more coffee",
                Money.of("14.00", "EUR"));
    }

    static ProductDetailsChangedEvent detailsChanged() {
        return new ProductDetailsChangedEvent(PRODUCT_ID, "Big Blue Mug", "Holds more coffee",
                Money.of("14.00", "EUR"));
    }
}
