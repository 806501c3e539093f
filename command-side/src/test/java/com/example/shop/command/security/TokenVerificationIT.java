package com.example.shop.command.security;

import com.example.shop.command.support.CommandSideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * command-side verifies tokens itself, so a request that bypasses the gateway meets the same refusals. The full
 * authorization matrix across services arrives with the gateway.
 */
class TokenVerificationIT extends CommandSideIT {

    private static final UUID USER = UUID.randomUUID();

    static Stream<String> forgedTokens() throws Exception {
        String valid = TestTokens.admin(USER);
        String[] parts = valid.split("\\.");
        String escalated = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace(USER.toString(), UUID.randomUUID().toString())
                        .getBytes());
        return Stream.of(
                "",
                "not-a-token",
                new PlainJWT(claims(USER, TestTokens.ISSUER, 900).build()).serialize(),
                signedWithAnotherKey(),
                parts[0] + "." + escalated + "." + parts[2],
                signed(claims(USER, TestTokens.ISSUER, -60)),
                signed(claims(USER, "https://somebody-else.example", 900)),
                signed(new JWTClaimsSet.Builder(claims(USER, TestTokens.ISSUER, 900).build()).subject("admin")));
    }

    @ParameterizedTest
    @MethodSource("forgedTokens")
    void aMissingOrForgedTokenIsRefusedWith401AndNothingIsStored(String token) {
        String sku = "FORGED-" + UUID.randomUUID();

        ShopApi.Response response = api.post("/api/products", token.isEmpty() ? null : token, Map.of("sku", sku,
                "name", "Forged", "price", Map.of("amount", "1.00", "currency", "EUR")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.body().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(events.count("SELECT count(*) FROM command_side.product_registry WHERE sku = '" + sku + "'"))
                .isZero();
    }

    @Test
    void aUserCannotManageProducts() {
        UUID productId = createProduct("1.00", 1);
        String user = TestTokens.user(UUID.randomUUID());

        List<Integer> statuses = List.of(
                api.post("/api/products", user, Map.of("sku", "U-" + UUID.randomUUID(), "name", "No",
                        "price", Map.of("amount", "1.00", "currency", "EUR"))).status(),
                api.put("/api/products/" + productId, user, Map.of("name", "No",
                        "price", Map.of("amount", "1.00", "currency", "EUR"))).status(),
                api.delete("/api/products/" + productId, user).status(),
                api.post("/api/products/" + productId + "/stock", user, Map.of("quantity", 1)).status());

        assertThat(statuses).containsOnly(403);
        assertThat(events.inventoryTypesOf(productId)).containsExactly("InventoryOpenedEvent");
    }

    @Test
    void anAdminWithoutTheUserRoleCannotPlaceOrders() {
        ShopApi.Response response = api.post("/api/orders", TestTokens.sign(UUID.randomUUID(), "ADMIN"),
                Map.of("lines", List.of(line(createProduct("1.00", 1), 1))));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void healthIsOpenToAnyone() {
        assertThat(api.send("GET", "/actuator/health", null, null, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void routesThatDoNotExistHereAreNotOpenedByAccident() {
        assertThat(api.send("GET", "/api/orders", TestTokens.admin(USER), null, Map.of()).status()).isIn(401, 403);
    }

    private static JWTClaimsSet.Builder claims(UUID subject, String issuer, long expiresInSeconds) {
        return new JWTClaimsSet.Builder()
                .subject(subject.toString())
                .issuer(issuer)
                .claim("email", "someone@example.com")
                .claim("roles", List.of("USER", "ADMIN"))
                .expirationTime(Date.from(Instant.now().plusSeconds(expiresInSeconds)));
    }

    private static String signed(JWTClaimsSet.Builder claims) {
        return TestTokens.signClaims(claims.build());
    }

    private static String signedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(),
                claims(USER, TestTokens.ISSUER, 900).build());
        jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }
}
