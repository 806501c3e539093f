package com.example.shop.axon.axonserver;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * Reports whether the service is connected to Axon Server. Axon's own indicator is built for Boot 3 and does not
 * register on Boot 4, so without this a service that lost Axon Server would still report UP.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration")
@ConditionalOnClass({AxonServerConnectionManager.class, AbstractHealthIndicator.class})
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
public class AxonServerHealthConfig {

    @Bean(name = "axonServerHealthIndicator")
    AbstractHealthIndicator axonServerHealthIndicator(AxonServerConnectionManager connections) {
        return new AbstractHealthIndicator("Axon Server health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                String context = connections.getDefaultContext();
                // Asking for the connection makes the connector (re)connect when it is not connected yet.
                connections.getConnection(context);
                Map<String, Boolean> contexts = connections.connections();
                builder.status(connections.isConnected(context) ? "UP" : "DOWN")
                        .withDetail("context", context)
                        .withDetail("connections", contexts);
            }
        };
    }
}
