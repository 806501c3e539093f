package com.example.shop.gateway.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many sign-ups are taken within a window before further ones are refused with 429.
 *
 * @param perAddress sign-ups from one client address: a person signs up once, a household or an office behind
 *                   one address a few times
 * @param total      sign-ups from everybody together: bounds what a flood from many addresses can store
 */
@ConfigurationProperties("shop.accounts.sign-up.throttle")
record SignUpThrottleProperties(int perAddress, int total, Duration window) {
}
