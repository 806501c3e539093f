package com.example.shop.gateway.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * The routes of {@code /api/**} that the services answer (the accounts are the gateway's own controllers).
 * Requests go on as they came, path, query, body and {@code Authorization} header included, since every service
 * verifies the token itself.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    /** Writes change state through commands: command-side. */
    @Bean
    RouterFunction<ServerResponse> commandSideRoutes(ServiceAddresses services) {
        return route("command-side")
                .POST("/api/products/**", http())
                .PUT("/api/products/**", http())
                .DELETE("/api/products/**", http())
                .POST("/api/orders/**", http())
                .before(uri(services.commandSide()))
                .build();
    }

    /** Reads come from the read models, and so do their operations (replay, dead letters): query-side. */
    @Bean
    RouterFunction<ServerResponse> querySideRoutes(ServiceAddresses services) {
        return route("query-side")
                .GET("/api/products/**", http())
                .GET("/api/orders/**", http())
                // GET /api/admin/processors is the gateway's own: every service's processors
                .POST("/api/admin/processors/**", http())
                .route(path("/api/admin/dead-letters/**"), http())
                .before(uri(services.querySide()))
                .build();
    }

    /** What was sent to whom: notification-handler. */
    @Bean
    RouterFunction<ServerResponse> notificationHandlerRoutes(ServiceAddresses services) {
        return route("notification-handler")
                .route(path("/api/notifications/**"), http())
                .before(uri(services.notificationHandler()))
                .build();
    }
}
