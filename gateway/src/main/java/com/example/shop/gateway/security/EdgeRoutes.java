package com.example.shop.gateway.security;

import com.example.shop.web.security.ApiRoutes;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call what, checked at the edge before anything is forwarded. The rules repeat the services' own
 * ({@code CommandSideRoutes}, {@code QuerySideRoutes}, the notification-handler's), which check again: the gateway
 * refuses early and cheaply, the services refuse whatever bypasses it. Ownership (whose order) is left to the
 * services. Everything not named is refused (the web platform's {@code ApiSecurityConfig}, which also opens the
 * operations endpoints and the API description), so a new route stays closed until it gets a rule here.
 */
@Component
class EdgeRoutes implements ApiRoutes {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
                // open to anyone: the API description's pages, the keys, sign-up and login
                .requestMatchers(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui/**", "/.well-known/jwks.json")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login").permitAll()
                // accounts (the gateway's own)
                .requestMatchers(HttpMethod.GET, "/api/users/me").hasAnyRole("USER", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/users").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/users/*/roles").hasRole("ADMIN")
                // catalog: reads for anyone, writes for admins
                .requestMatchers(HttpMethod.GET, "/api/products", "/api/products/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/products", "/api/products/*/stock").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/products/*").hasRole("ADMIN")
                .requestMatchers(HttpMethod.DELETE, "/api/products/*").hasRole("ADMIN")
                // orders: customers place them; whose order it is, the services decide
                .requestMatchers(HttpMethod.POST, "/api/orders").hasRole("USER")
                .requestMatchers(HttpMethod.POST, "/api/orders/*/cancel").hasAnyRole("USER", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/orders", "/api/orders/*", "/api/orders/*/timeline")
                .hasAnyRole("USER", "ADMIN")
                // notifications: a user sees their own, an admin all (decided by notification-handler)
                .requestMatchers(HttpMethod.GET, "/api/notifications", "/api/notifications/**")
                .hasAnyRole("USER", "ADMIN")
                // operations
                .requestMatchers("/api/admin/**").hasRole("ADMIN");
    }
}
