package com.example.shop.query.security;

import com.example.shop.web.security.ApiRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call query-side's routes. Whose order may be seen is decided by the order endpoints themselves. */
@Configuration(proxyBeanMethods = false)
class QuerySideRoutes {

    @Bean
    ApiRoutes querySideApiRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/products", "/api/products/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/orders", "/api/orders/*", "/api/orders/*/timeline")
                .hasAnyRole("USER", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/admin/processors").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/admin/processors/*/replay").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/admin/dead-letters").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/admin/dead-letters/*/retry").hasRole("ADMIN");
    }
}
