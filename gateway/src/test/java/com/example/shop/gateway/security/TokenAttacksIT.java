package com.example.shop.gateway.security;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.gateway.support.RunningServices;
import com.example.shop.testsupport.ShopApi;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.converter.RsaKeyConverters;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Forged, tampered and stale tokens are refused with 401, by the gateway and, for a caller who goes around it, by
 * each service on its own (they verify with the gateway's JWKS). The forgeries are made from a real user's claims
 * and, where the attack allows, with the gateway's real private key, so each fails for its one flaw alone.
 */
class TokenAttacksIT extends GatewayIT {

    /** Where a token is presented: the gateway's own route, a routed one, and each service directly. */
    enum Target {
        GATEWAY_ACCOUNTS, GATEWAY_ROUTED, COMMAND_SIDE_DIRECTLY, QUERY_SIDE_DIRECTLY
    }

    /** How an attacker builds a token, from a genuine one and its claims. */
    record Attack(String name, Function<Forge, String> token) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Forge forge;

    @BeforeEach
    void forgeFromARealUser() throws Exception {
        TestUser user = newUser();
        forge = new Forge(user.token(), SignedJWT.parse(user.token()).getJWTClaimsSet(), gatewayKey());
    }

    static Stream<Attack> attacks() {
        return Stream.of(
                new Attack("no token", forge -> null),
                new Attack("not a JWT", forge -> "not-a-token"),
                new Attack("alg none", forge -> new PlainJWT(forge.claims()).serialize()),
                new Attack("signed with another key under the real kid", Forge::signedWithAnotherKey),
                new Attack("HS256 keyed with the public key", Forge::hmacWithThePublicKey),
                new Attack("tampered payload (roles raised to ADMIN)", Forge::tamperedToAdmin),
                new Attack("expired", forge -> forge.sign(forge.kid(), new JWTClaimsSet.Builder(forge.claims())
                        .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(30))))
                        .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10)))).build())),
                new Attack("wrong issuer", forge -> forge.sign(forge.kid(), new JWTClaimsSet.Builder(forge.claims())
                        .issuer("https://somebody-else.example").build())),
                new Attack("unknown kid", forge -> forge.sign("unknown-key", forge.claims())));
    }

    static Stream<Arguments> attacksOnEveryTarget() {
        return attacks().flatMap(attack -> Stream.of(Target.values()).map(target -> arguments(attack, target)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("attacksOnEveryTarget")
    void isRefusedWith401(Attack attack, Target target) {
        ShopApi.Response response = call(target, attack.token().apply(forge));

        assertThat(response.status()).as(response.raw().body()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.body().get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    /** Without this, a forgery could be refused for a mistake in the forging rather than for its flaw. */
    @Test
    void theSameForgeryWithoutItsFlawIsAccepted() {
        String faithful = forge.sign(forge.kid(), forge.claims());

        for (Target target : Target.values()) {
            assertThat(call(target, faithful).status()).as(target.name()).isIn(200, 403);
        }
        assertThat(call(Target.GATEWAY_ACCOUNTS, faithful).status()).isEqualTo(200);
        assertThat(call(Target.QUERY_SIDE_DIRECTLY, faithful).status()).isEqualTo(200);
    }

    private ShopApi.Response call(Target target, String token) {
        return switch (target) {
            case GATEWAY_ACCOUNTS -> gateway.send("GET", "/api/users/me", token, null, Map.of());
            case GATEWAY_ROUTED -> gateway.send("GET", "/api/orders", token, null, Map.of());
            case COMMAND_SIDE_DIRECTLY -> RunningServices.commandSide().api().send("POST", "/api/products", token,
                    "{\"sku\":\"FORGED\",\"name\":\"Forged\",\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}",
                    Map.of());
            case QUERY_SIDE_DIRECTLY -> RunningServices.querySide().api().send("GET", "/api/orders", token, null,
                    Map.of());
        };
    }

    private static RSAKey gatewayKey() throws Exception {
        RSAPrivateKey privateKey;
        try (InputStream pem = Files.newInputStream(KEY_DIRECTORY.resolve("jwt-private.pem"))) {
            privateKey = RsaKeyConverters.pkcs8().convert(pem);
        }
        String jwks = new ShopApi(GATEWAY_PORT).send("GET", "/.well-known/jwks.json", null, null, Map.of())
                .raw().body();
        RSAKey published = (RSAKey) JWKSet.parse(jwks).getKeys().get(0);
        return new RSAKey.Builder(published).privateKey(privateKey).build();
    }

    /** Makes tokens the way an attacker with the given means would. */
    record Forge(String genuine, JWTClaimsSet claims, RSAKey key) {

        String kid() {
            return key.getKeyID();
        }

        String sign(String kid, JWTClaimsSet claims) {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String signedWithAnotherKey() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid()).build(), claims);
                jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
                return jwt.serialize();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The classic confusion: an HMAC whose secret is the public key, hoping it is verified as such. */
        String hmacWithThePublicKey() {
            try {
                byte[] secret = MessageDigest.getInstance("SHA-256").digest(key.toPublicJWK().toJSONString()
                        .getBytes(StandardCharsets.UTF_8));
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid()).build(), claims);
                jwt.sign(new MACSigner(secret));
                return jwt.serialize();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String tamperedToAdmin() {
            String[] parts = genuine.split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("[\"USER\"]", "[\"USER\",\"ADMIN\"]");
            assertThat(payload).contains("ADMIN");
            return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        }
    }

    @Test
    void aGenuineUserTokenIsNotEnoughForAdminRoutesAnywhere() {
        assertThat(gateway.send("GET", "/api/users", forge.genuine(), null, Map.of()).status()).isEqualTo(403);
        assertThat(RunningServices.querySide().api().send("GET", "/api/admin/processors", forge.genuine(), null,
                Map.of()).status()).isEqualTo(403);
        assertThat(List.of(RunningServices.commandSide().api().post("/api/products", forge.genuine(),
                Map.of("sku", "NOPE", "name", "No", "price", Map.of("amount", "1.00", "currency", "EUR")))
                .status())).containsExactly(403);
    }
}
