package com.example.shop.gateway.login;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many failed logins are tolerated within a window before further attempts are refused with 429.
 *
 * @param perEmail   failures for one e-mail address, from anywhere: stops guessing one account's password
 * @param perAddress failures from one client address, for any e-mail: stops trying one password on many accounts;
 *                   higher, since many people may share one address
 */
@ConfigurationProperties("shop.login.throttle")
record LoginThrottleProperties(int perEmail, int perAddress, Duration window) {
}
