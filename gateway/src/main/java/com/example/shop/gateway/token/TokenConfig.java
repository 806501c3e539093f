package com.example.shop.gateway.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Clock;
import java.util.UUID;

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
     * The gateway checks tokens with the same rules as the services, against its own public key: only RS256, only
     * its own {@code kid}, signature, expiry, issuer, and a subject that is a user id. {@code alg: none} never
     * gets this far, as Nimbus refuses unsigned tokens.
     */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, TokenProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withJwkSource(new ImmutableJWKSet<>(new JWKSet(signingKey.toPublicJWK())))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), subjectIsUserId()));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> subjectIsUserId() {
        OAuth2Error invalid = new OAuth2Error("invalid_token", "the subject is not a user id", null);
        return token -> {
            try {
                UUID.fromString(token.getSubject());
                return OAuth2TokenValidatorResult.success();
            } catch (RuntimeException e) {
                return OAuth2TokenValidatorResult.failure(invalid);
            }
        };
    }
}
