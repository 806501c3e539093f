package com.example.shop.web.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.time.Clock;
import java.util.UUID;

/**
 * What makes a token one of the gateway's, checked the same way wherever a token arrives (at the gateway against
 * its own key, at a service against the gateway's published keys): signature and expiry (Nimbus), the issuer, and
 * a subject that is a user id; and where a caller's roles are read from, the {@code roles} claim.
 */
public final class TokenChecks {

    /** Enough for every customer active within a token's life on a shop of this size; a token is about 1 KiB. */
    private static final int REMEMBERED_TOKENS = 10_000;

    private TokenChecks() {
    }

    /** The decoder with the shop's rules for the claims. */
    public static NimbusJwtDecoder checkingClaims(NimbusJwtDecoder decoder, String issuer) {
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), subjectIsUserId()));
        return decoder;
    }

    /** The decoder, remembering the tokens it accepted until they expire ({@link VerifiedTokens}). */
    public static JwtDecoder remembered(JwtDecoder decoder) {
        return new VerifiedTokens(decoder, REMEMBERED_TOKENS, Clock.systemUTC());
    }

    /** Roles come from the token's {@code roles} claim, as Spring's {@code ROLE_} authorities. */
    public static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /** Subjects are user ids; a token whose subject is anything else was not issued by our gateway. */
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
