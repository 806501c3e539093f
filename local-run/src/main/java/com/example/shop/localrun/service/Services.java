package com.example.shop.localrun.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every service of the shop, in the order they start; they stop in the reverse order. */
public final class Services {

    /*
     * A service that calls another starts after it, so the one it calls is already up: query-side (8082) and
     * notification-handler (8083) after command-side, and the gateway (8080) last, as it routes to all of them.
     */
    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("command-side", 8081, Path.of("command-side", "target", "command-side.jar")),
            new ServiceDefinition("query-side", 8082, Path.of("query-side", "target", "query-side.jar")),
            new ServiceDefinition("notification-handler", 8083,
                    Path.of("notification-handler", "target", "notification-handler.jar")),
            new ServiceDefinition("gateway", 8080, Path.of("gateway", "target", "gateway.jar")));

    private Services() {
    }

    /** Where requests from outside go: the gateway once it exists, command-side's own API until then. */
    public static ServiceDefinition apiEntryPoint() {
        return named("gateway").or(() -> named("command-side")).orElseThrow();
    }

    private static Optional<ServiceDefinition> named(String name) {
        return ALL.stream().filter(service -> service.name().equals(name)).findFirst();
    }
}
