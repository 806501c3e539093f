package com.example.shop.command.security;

import com.example.shop.web.security.ApiRoutes;
import com.example.shop.web.security.ApiRoutes.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call command-side's routes. Who owns an order is decided by the order itself. */
@Configuration(proxyBeanMethods = false)
class CommandSideRoutes {

    @Bean
    ApiRoutes commandSideApiRoutes() {
        return ApiRoutes.of(
                Route.role("ADMIN", HttpMethod.POST, "/api/products", "/api/products/*/stock"),
                Route.role("ADMIN", HttpMethod.PUT, "/api/products/*"),
                Route.role("ADMIN", HttpMethod.DELETE, "/api/products/*"),
                Route.role("USER", HttpMethod.POST, "/api/orders"),
                Route.signedIn(HttpMethod.POST, "/api/orders/*/cancel"));
    }
}
