package com.example.shop.command.product;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.product.ChangeProductDetailsCommand;
import com.example.shop.api.product.CreateProductCommand;
import com.example.shop.api.product.DiscontinueProductCommand;
import com.example.shop.api.product.ProductCreatedEvent;
import com.example.shop.api.product.ProductDetailsChangedEvent;
import com.example.shop.api.product.ProductDiscontinuedEvent;
import com.example.shop.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A product of the catalog. It only needs to know whether it was discontinued. */
@Aggregate(cache = "aggregateCache")
class Product {

    @AggregateIdentifier
    private UUID productId;
    private boolean discontinued;

    protected Product() {
        // for Axon: rebuilt from events
    }

    /** Created by {@link ProductRegistration}, which first claims the SKU. */
    Product(CreateProductCommand command) {
        apply(new ProductCreatedEvent(command.productId(), command.sku(), command.name(), command.description(),
                command.price()));
    }

    @CommandHandler
    void handle(ChangeProductDetailsCommand command) {
        if (discontinued) {
            throw new Refusal(ErrorCode.PRODUCT_DISCONTINUED, "product " + productId + " was discontinued");
        }
        apply(new ProductDetailsChangedEvent(productId, command.name(), command.description(), command.price()));
    }

    @CommandHandler
    void handle(DiscontinueProductCommand command) {
        if (discontinued) {
            return;
        }
        apply(new ProductDiscontinuedEvent(productId));
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        productId = event.productId();
    }

    @EventSourcingHandler
    void on(ProductDiscontinuedEvent event) {
        discontinued = true;
    }
}
