package com.example.shop.query.deadletter;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every read model's processor has a dead-letter queue ({@code axon.eventhandling.processors.<name>.dlq.enabled}
 * in application.yml): Axon's JDBC queue, in table {@code DeadLetterEntry} of query-side's schema (Flyway). An
 * event its handlers fail on is parked together with the rest of its sequence (an order's events, or a product's
 * for the catalog) instead of blocking the whole segment, and waits there until an admin retries it.
 * <p>
 * The queue shares the connection, and so the transaction, of the batch that parks the event: the letter and the
 * processor's token commit together, so an event is either handled, parked, or retried with its batch.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterQueues {

    @Bean
    ConfigurerModule parkPoisonEventsOnly() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultDeadLetterPolicy(config -> new ParkPoisonEventsOnly());
    }
}
