package com.example.shop.query.timeline;

import com.example.shop.api.order.OrderScoped;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An order's steps come from several streams (the order and each product's inventory). They are handled one
 * after another, in event log order, by sequencing them by order id: an inventory step then always finds the
 * order's product names, and never races the order's own events on another thread.
 * <p>
 * The id is given as text: the dead-letter queue keeps a sequence under its text when it is one, and under its
 * hash code otherwise, which an admin could not trace back to an order and two orders could share.
 */
@Configuration(proxyBeanMethods = false)
class TimelineSequencing {

    @Bean
    ConfigurerModule timelineSequencedByOrder() {
        SequentialPerAggregatePolicy byAggregate = SequentialPerAggregatePolicy.instance();
        SequencingPolicy<EventMessage<?>> byOrder = event -> event.getPayload() instanceof OrderScoped step
                ? step.orderId().toString()
                : byAggregate.getSequenceIdentifierFor(event);
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(TimelineProjection.NAME, config -> byOrder);
    }
}
