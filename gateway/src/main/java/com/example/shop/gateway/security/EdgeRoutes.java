package com.example.shop.gateway.security;

import com.example.shop.web.security.ApiRoutes;
import com.example.shop.web.security.ApiRoutes.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what, checked at the edge before anything is forwarded. The rules repeat the services' own
 * ({@code CommandSideRoutes}, {@code QuerySideRoutes}, the notification-handler's), which check again: the gateway
 * refuses early and cheaply, the services refuse whatever bypasses it. Ownership (whose order) is left to the
 * services. Everything not named is refused (the web platform's {@code ApiSecurityConfig}, which also opens the
 * operations endpoints and the API description), so a new route stays closed until it gets a rule here.
 */
@Configuration(proxyBeanMethods = false)
class EdgeRoutes {

    @Bean
    ApiRoutes edgeApiRoutes() {
        return ApiRoutes.of(
                // open to anyone: the API description's pages, the keys, sign-up, login and its session
                Route.anyone(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui/**", "/.well-known/jwks.json"),
                Route.anyone(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/refresh",
                        "/api/auth/logout"),
                // accounts (the gateway's own)
                Route.signedIn(HttpMethod.GET, "/api/users/me"),
                Route.role("ADMIN", HttpMethod.GET, "/api/users"),
                Route.role("ADMIN", HttpMethod.PUT, "/api/users/*/roles"),
                // catalog: reads for anyone, writes for admins
                Route.anyone(HttpMethod.GET, "/api/products", "/api/products/*"),
                Route.role("ADMIN", HttpMethod.POST, "/api/products", "/api/products/*/stock"),
                Route.role("ADMIN", HttpMethod.PUT, "/api/products/*"),
                Route.role("ADMIN", HttpMethod.DELETE, "/api/products/*"),
                // orders: customers place them; whose order it is, the services decide
                Route.role("USER", HttpMethod.POST, "/api/orders"),
                Route.signedIn(HttpMethod.POST, "/api/orders/*/cancel"),
                Route.signedIn(HttpMethod.GET, "/api/orders", "/api/orders/*", "/api/orders/*/timeline",
                        "/api/orders/*/updates"),
                // notifications: a user sees their own, an admin all (decided by notification-handler)
                Route.signedIn(HttpMethod.GET, "/api/notifications", "/api/notifications/**"),
                // operations
                Route.role("ADMIN", null, "/api/admin/**"));
    }
}
