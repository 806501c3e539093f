package com.example.shop.query.catalog;

import com.example.shop.api.product.ProductScoped;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A catalog document is fed by two streams, the product's and its inventory's. Sequencing by product id keeps
 * both on one thread, so two segments never create or update the same document at once.
 * <p>
 * The id is given as text: the dead-letter queue keeps a sequence under its text when it is one, and under its
 * hash code otherwise, which an admin could not trace back to a product and two products could share.
 */
@Configuration(proxyBeanMethods = false)
class CatalogSequencing {

    @Bean
    ConfigurerModule catalogSequencedByProduct() {
        SequentialPerAggregatePolicy byAggregate = SequentialPerAggregatePolicy.instance();
        SequencingPolicy<EventMessage<?>> byProduct = event -> event.getPayload() instanceof ProductScoped fact
                ? fact.productId().toString()
                : byAggregate.getSequenceIdentifierFor(event);
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(CatalogProjection.NAME, config -> byProduct);
    }
}
