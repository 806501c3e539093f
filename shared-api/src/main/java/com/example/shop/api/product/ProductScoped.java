package com.example.shop.api.product;

import java.util.UUID;

/** An event about one product: its catalog entry or its stock. */
public interface ProductScoped {

    UUID productId();
}
