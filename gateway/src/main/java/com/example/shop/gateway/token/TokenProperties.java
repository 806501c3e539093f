package com.example.shop.gateway.token;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How tokens are signed and what they say.
 *
 * @param issuer             the {@code iss} every service checks
 * @param ttl                how long a token is valid; short, since roles changed by an admin apply from the next one
 * @param privateKeyLocation a PKCS#8 PEM RSA private key; when absent, a key pair is made once and kept in
 *                           {@code keyDirectory}
 * @param publicKeyLocation  the X.509 PEM public half of {@code privateKeyLocation}; derived from it when absent
 * @param keyDirectory       where a generated key pair is kept, so tokens survive a restart
 * @param keyId              the {@code kid}; by default the key's RFC 7638 thumbprint, so one key always has one id
 */
@ConfigurationProperties("shop.security.jwt")
record TokenProperties(String issuer, Duration ttl, Resource privateKeyLocation, Resource publicKeyLocation,
                       Path keyDirectory, String keyId) {
}
