package com.example.shop.query.security;

import com.example.shop.web.security.ApiRoutes;
import com.example.shop.web.security.ApiRoutes.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call query-side's routes. Whose order may be seen is decided by the order endpoints themselves. */
@Configuration(proxyBeanMethods = false)
class QuerySideRoutes {

    @Bean
    ApiRoutes querySideApiRoutes() {
        return ApiRoutes.of(
                Route.anyone(HttpMethod.GET, "/api/products", "/api/products/*"),
                Route.signedIn(HttpMethod.GET, "/api/orders", "/api/orders/*", "/api/orders/*/timeline",
                        "/api/orders/*/updates"),
                Route.role("ADMIN", HttpMethod.GET, "/api/admin/processors"),
                Route.role("ADMIN", HttpMethod.POST, "/api/admin/processors/*/replay"),
                Route.role("ADMIN", HttpMethod.GET, "/api/admin/dead-letters"),
                Route.role("ADMIN", HttpMethod.POST, "/api/admin/dead-letters/*/retry"));
    }
}
