package com.example.shop.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each service listens: {@code localhost} ports for a local run, compose service names in
 * {@code docker-compose.yml}.
 */
@ConfigurationProperties("shop.services")
public record ServiceAddresses(URI commandSide, URI querySide, URI notificationHandler) {

    /** Every service by its name, in a fixed order. */
    public Map<String, URI> byName() {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("command-side", commandSide);
        services.put("query-side", querySide);
        services.put("notification-handler", notificationHandler);
        return services;
    }
}
