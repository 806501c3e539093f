package com.example.shop.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the keys that sign tokens come from and who must have issued them.
 *
 * @param jwkSetUri         the gateway's JWKS endpoint
 * @param publicKeyLocation a PEM file with one RSA public key; when set, it is used instead of the JWKS
 */
@ConfigurationProperties("shop.security.jwt")
public record JwtProperties(String issuer, String jwkSetUri, Resource publicKeyLocation) {
}
