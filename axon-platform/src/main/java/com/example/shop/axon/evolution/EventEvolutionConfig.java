package com.example.shop.axon.evolution;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every service that reads events gets every upcaster: which service reads which event changes over time, and an
 * upcaster for an event a service never reads costs nothing. Axon's Spring configuration puts each
 * {@link EventUpcaster} bean into the chain the event store reads with.
 */
@AutoConfiguration
public class EventEvolutionConfig {

    @Bean
    EventUpcaster stockAddedReasonUpcaster() {
        return new StockAddedReasonUpcaster();
    }
}
