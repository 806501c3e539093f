package com.example.shop.query.support;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.List;

/**
 * Lets a test slow every projection down, so that a replay takes long enough to be watched while it runs.
 * Off unless a test turns it on.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SlowProjections {

    private static volatile Duration delay = Duration.ZERO;

    public static void slowDownEachEventBy(Duration perEvent) {
        delay = perEvent;
    }

    public static void runAtFullSpeed() {
        delay = Duration.ZERO;
    }

    @Bean
    ConfigurerModule slowProjectionsWhenAsked() {
        MessageHandlerInterceptor<EventMessage<?>> slow = (unitOfWork, chain) -> {
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            return chain.proceed();
        };
        return configurer -> List.of("orders", "catalog", "order-timeline").forEach(group ->
                configurer.eventProcessing().registerHandlerInterceptor(group, config -> slow));
    }
}
