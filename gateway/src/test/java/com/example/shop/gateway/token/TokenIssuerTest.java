package com.example.shop.gateway.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenIssuerTest {

    private static final String ISSUER = "http://gateway.test";
    private static final UUID USER = UUID.randomUUID();
    private static final Duration TTL = Duration.ofMinutes(15);

    @TempDir
    static Path directory;
    private static RSAKey key;
    private static JwtDecoder decoder;

    @BeforeAll
    static void makeKey() {
        TokenProperties properties = new TokenProperties(ISSUER, TTL, null, null, directory, null);
        key = SigningKeys.load(properties);
        decoder = new TokenConfig().jwtDecoder(key, properties);
    }

    @Test
    void signsWithRs256AndNamesTheKey() throws Exception {
        SignedJWT token = SignedJWT.parse(issuer(Instant.now()).issue(USER, "ann@example.com", List.of("USER")).value());

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(token.getHeader().getKeyID()).isEqualTo(key.getKeyID());
        assertThat(token.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
    }

    @Test
    void carriesTheUserIdEmailRolesIssuerAndAShortExpiry() throws Exception {
        Instant now = Instant.parse("2030-01-01T10:00:00Z");

        IssuedToken issued = issuer(now).issue(USER, "ann@example.com", List.of("USER", "ADMIN"));
        var claims = SignedJWT.parse(issued.value()).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo(USER.toString());
        assertThat(claims.getStringClaim("email")).isEqualTo("ann@example.com");
        assertThat(claims.getStringListClaim("roles")).containsExactly("USER", "ADMIN");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(now));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(now.plus(TTL)));
        assertThat(issued.expiresIn()).isEqualTo(TTL);
    }

    @Test
    void theGatewayAcceptsItsOwnFreshTokens() {
        String token = issuer(Instant.now()).issue(USER, "ann@example.com", List.of("USER")).value();

        assertThat(decoder.decode(token).getSubject()).isEqualTo(USER.toString());
    }

    @Test
    void theGatewayRefusesItsOwnTokensOnceExpired() {
        String token = issuer(Instant.now().minus(TTL).minus(Duration.ofMinutes(5)))
                .issue(USER, "ann@example.com", List.of("USER")).value();

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void theJwksPublishesThePublicKeyWithItsIdUseAndAlgorithmAndNothingPrivate() throws Exception {
        JwksController.KeySet published = new JwksController(key).jwks().getBody();

        JWKSet parsed = JWKSet.parse(Map.<String, Object>of("keys", published.keys()));
        RSAKey only = (RSAKey) parsed.getKeys().get(0);
        assertThat(parsed.getKeys()).hasSize(1);
        assertThat(only.getKeyID()).isEqualTo(key.getKeyID());
        assertThat(only.isPrivate()).isFalse();
        assertThat(only.toRSAPublicKey()).isEqualTo(key.toRSAPublicKey());
        Map<String, String> json = published.keys().get(0);
        assertThat(json).containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("alg", "RS256")
                .containsKeys("kid", "n", "e").doesNotContainKeys("d", "p", "q");
    }

    private static TokenIssuer issuer(Instant now) {
        return new TokenIssuer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))), key.getKeyID(), ISSUER,
                TTL, Clock.fixed(now, ZoneOffset.UTC));
    }
}
