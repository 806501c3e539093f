package com.example.shop.command.fulfilment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class FulfilmentConfig {

    @Bean
    FulfilmentTimeout fulfilmentTimeout(@Value("${shop.orders.fulfilment-timeout}") Duration timeout) {
        return new FulfilmentTimeout(timeout);
    }
}
