package com.example.shop.gateway.token;

import com.example.shop.web.security.TokenChecks;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Clock;

/** The signing key and what is built on it: the issuer of tokens and the gateway's own verification of them. */
@Configuration(proxyBeanMethods = false)
class TokenConfig {

    @Bean
    RSAKey signingKey(TokenProperties properties) {
        return SigningKeys.load(properties);
    }

    @Bean
    TokenIssuer tokenIssuer(RSAKey signingKey, TokenProperties properties) {
        return new TokenIssuer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey))),
                signingKey.getKeyID(), properties.issuer(), properties.ttl(), Clock.systemUTC());
    }

    /**
     * The gateway checks tokens with the same rules as the services ({@link TokenChecks}), against its own public
     * key: only RS256, only its own {@code kid}, signature, expiry, issuer, and a subject that is a user id.
     * {@code alg: none} never gets this far, as Nimbus refuses unsigned tokens. Accepted tokens are remembered
     * until they expire.
     */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, TokenProperties properties) {
        return TokenChecks.remembered(TokenChecks.checkingClaims(NimbusJwtDecoder
                .withJwkSource(new ImmutableJWKSet<>(new JWKSet(signingKey.toPublicJWK())))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build(), properties.issuer()));
    }
}
