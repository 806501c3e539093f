package com.example.shop.axon.processors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Every service on Axon gets {@link ProcessorStatuses} when it exposes the endpoint. */
@AutoConfiguration
public class ProcessorStatusesConfig {

    @Bean
    @ConditionalOnAvailableEndpoint(endpoint = ProcessorStatuses.class)
    ProcessorStatuses processorStatuses(@Value("${spring.application.name}") String service,
                                        EventProcessingConfiguration processing, EventStore eventStore) {
        return new ProcessorStatuses(service, processing, eventStore);
    }
}
