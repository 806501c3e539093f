package com.example.shop.gateway.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a login lasts.
 *
 * @param idleTimeout how long a refresh token stays valid; each refresh issues a new one, so a person who keeps
 *                    using the shop stays logged in, and one who leaves is logged out after this long
 * @param maxAge      how long a session lasts from its login, however active: after it, log in again
 */
@ConfigurationProperties("shop.accounts.sessions")
record SessionProperties(Duration idleTimeout, Duration maxAge) {
}
