package com.example.shop.api.product;

import java.util.UUID;

/** A product left the catalog; it can no longer be ordered. */
public record ProductDiscontinuedEvent(UUID productId) implements ProductScoped {
}
