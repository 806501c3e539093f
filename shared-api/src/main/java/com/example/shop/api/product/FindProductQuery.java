package com.example.shop.api.product;

import java.util.UUID;

/** Ask for one product of the catalog, discontinued ones included; answered by a {@link ProductView}. */
public record FindProductQuery(UUID productId) {
}
