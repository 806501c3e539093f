package com.example.shop.command.product;

import com.example.shop.api.product.ProductDetailsChangedEvent;
import com.example.shop.api.product.ProductDiscontinuedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link ProductRegistry} in step with product events. A subscribing processor runs it in the
 * transaction that stores the event, so a price change is visible to the very next order.
 */
@Component
@ProcessingGroup("product-registry")
class ProductRegistryUpdater {

    private final ProductRegistry registry;

    ProductRegistryUpdater(ProductRegistry registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(ProductDetailsChangedEvent event) {
        registry.changeDetails(event.productId(), event.name(), event.price());
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event) {
        registry.discontinue(event.productId());
    }
}
