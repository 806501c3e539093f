package com.example.shop.notification.outcome;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code notifications} processor: one tracking thread with its own token, in this service's schema.
 * <p>
 * Configured here rather than in application.yml because of one setting the properties cannot express: on its
 * very first start, with no token yet, it begins at the head of the event stream instead of the first event.
 * A notifier deployed onto an event store that already holds orders must not e-mail every customer about every
 * order they ever placed. The price: outcomes committed before that very first start get no e-mail. After
 * that the token is kept, and a restart continues exactly where the last one stopped.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsProcessorConfig {

    @Bean
    ConfigurerModule notificationsProcessor(
            @Value("${shop.notifications.processor.batch-size:10}") int batchSize) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                OrderOutcomeHandler.PROCESSING_GROUP,
                org.axonframework.config.Configuration::eventStore,
                axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        // Recording is idempotent, so a batch rolled back half-way is simply recorded again.
                        .andBatchSize(batchSize)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
