package com.example.shop.gateway.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The throttle is built here, not scanned, so its unit test can hand it a clock of its own. */
@Configuration(proxyBeanMethods = false)
class LoginConfig {

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties properties) {
        return new LoginThrottle(properties.perEmail(), properties.perAddress(), properties.window(),
                Clock.systemUTC());
    }
}
