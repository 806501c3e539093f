package com.example.shop.web.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which of a service's routes. Each service declares one; everything it does not name is refused,
 * so a new endpoint without a rule is closed rather than open.
 */
@FunctionalInterface
public interface ApiRoutes {

    void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes);
}
