package com.example.shop.notification.security;

import com.example.shop.web.security.ApiRoutes;
import com.example.shop.web.security.ApiRoutes.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call notification-handler's routes. Which notifications a caller sees is decided by the log itself.
 * There is deliberately no route that replays or resets anything: see OrderOutcomeHandler.
 */
@Configuration(proxyBeanMethods = false)
class NotificationRoutes {

    @Bean
    ApiRoutes notificationApiRoutes() {
        return ApiRoutes.of(Route.signedIn(HttpMethod.GET, "/api/notifications"));
    }
}
