package com.example.shop.command.security;

import com.example.shop.web.security.ApiRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call command-side's routes. Who owns an order is decided by the order itself. */
@Configuration(proxyBeanMethods = false)
class CommandSideRoutes {

    @Bean
    ApiRoutes commandSideApiRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/products", "/api/products/*/stock").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/products/*").hasRole("ADMIN")
                .requestMatchers(HttpMethod.DELETE, "/api/products/*").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/orders").hasRole("USER")
                .requestMatchers(HttpMethod.POST, "/api/orders/*/cancel").hasAnyRole("USER", "ADMIN");
    }
}
