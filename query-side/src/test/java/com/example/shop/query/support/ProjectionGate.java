package com.example.shop.query.support;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a test hold every projection still, so that a replay can be watched while it runs however fast the
 * machine is. Off unless a test turns it on; a held handler waits at most a minute, so a failing test cannot
 * wedge the processors for the rest of the suite.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProjectionGate {

    private static volatile CountDownLatch gate;

    public static void close() {
        gate = new CountDownLatch(1);
    }

    public static void open() {
        CountDownLatch held = gate;
        gate = null;
        if (held != null) {
            held.countDown();
        }
    }

    @Bean
    ConfigurerModule holdProjectionsWhenAsked() {
        MessageHandlerInterceptor<EventMessage<?>> gated = (unitOfWork, chain) -> {
            CountDownLatch held = gate;
            if (held != null) {
                held.await(1, TimeUnit.MINUTES);
            }
            return chain.proceed();
        };
        return configurer -> List.of("orders", "catalog", "order-timeline").forEach(group ->
                configurer.eventProcessing().registerHandlerInterceptor(group, config -> gated));
    }
}
