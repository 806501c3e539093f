package com.example.shop.axon.refusal;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/** How a service answers what Axon and its parts refuse, in the problem documents of the web platform. */
@AutoConfiguration
public class AxonRefusalsConfig {

    @Bean
    @Order(1)
    CommandRefusals commandRefusals() {
        return new CommandRefusals();
    }

    @Bean
    @Order(2)
    Outages outages() {
        return new Outages();
    }

    @Bean
    OutageResponses outageResponses() {
        return new OutageResponses();
    }
}
