package com.example.shop.axon.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import java.beans.Introspector;
import java.time.Clock;

/**
 * Every Axon component of a service gets {@link MessageTimers} as its message monitor. Axon's own monitors come
 * with the {@code axon-micrometer} module, which the shop does not use for their cost per message.
 */
@AutoConfiguration
@ConditionalOnClass(MeterRegistry.class)
public class MessageTimersConfig {

    @Bean
    ConfigurerModule messageTimers(ObjectProvider<MeterRegistry> registry) {
        return configurer -> configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                new MessageTimers(registry.getObject(), Introspector.decapitalize(componentType.getSimpleName()),
                        componentName, Clock.systemUTC()));
    }
}
