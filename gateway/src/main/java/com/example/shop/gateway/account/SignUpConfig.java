package com.example.shop.gateway.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The throttle is built here, not scanned, so its unit test can hand it a clock of its own. */
@Configuration(proxyBeanMethods = false)
class SignUpConfig {

    @Bean
    SignUpThrottle signUpThrottle(SignUpThrottleProperties properties) {
        return new SignUpThrottle(properties.perAddress(), properties.total(), properties.window(), Clock.systemUTC());
    }
}
