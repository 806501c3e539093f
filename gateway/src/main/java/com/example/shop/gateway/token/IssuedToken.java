package com.example.shop.gateway.token;

import java.time.Duration;

/**
 * A signed access token.
 *
 * @param value     the compact serialization, sent as {@code Authorization: Bearer <value>}
 * @param expiresIn how long it stays valid from now
 */
public record IssuedToken(String value, Duration expiresIn) {
}
