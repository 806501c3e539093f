package com.example.shop.reliability.access;

import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.EventLog;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions through the gateway: a login's refresh token buys new tokens exactly once; a spent, revoked, made-up or
 * malformed one is refused, a spent one revoking its whole session; logout and a change of roles end sessions.
 * Expiry needs a short refresh lifetime and has its case in {@link GatewayLimitsIT}.
 */
@WholeSystemTest
class SessionsIT {

    private static final String PASSWORD = "password-for-sessions";

    private static ShopSystem shop;
    private static ShopApi gateway;

    @BeforeAll
    static void start() {
        shop = ReliabilitySystem.get();
        gateway = shop.gateway();
    }

    @Test
    void aRefreshTokenBuysNewTokensThatWorkEverywhere() {
        JsonNode login = logIn(newAccount());

        JsonNode refreshed = expect(refresh(login.get("refreshToken").asString()), 200);

        assertThat(refreshed.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(refreshed.get("expiresIn").asLong()).isPositive();
        assertThat(refreshed.get("refreshExpiresIn").asLong()).isPositive();
        assertThat(refreshed.get("refreshToken").asString()).isNotEqualTo(login.get("refreshToken").asString());
        String access = refreshed.get("accessToken").asString();
        assertThat(gateway.send("GET", "/api/users/me", access, null, Map.of()).status()).isEqualTo(200);
        assertThat(gateway.send("GET", "/api/orders", access, null, Map.of()).status())
                .as("a service behind the gateway takes the new access token").isEqualTo(200);
        expect(refresh(refreshed.get("refreshToken").asString()), 200);
    }

    @Test
    void aReusedRefreshTokenIsRefusedAndRevokesItsWholeSession() {
        JsonNode login = logIn(newAccount());
        String first = login.get("refreshToken").asString();
        String second = expect(refresh(first), 200).get("refreshToken").asString();

        refused(refresh(first));

        refused(refresh(second));
    }

    @Test
    void logoutEndsTheSessionAndAnotherLoginKeepsItsOwn() {
        String email = newAccount();
        JsonNode phone = logIn(email);
        JsonNode laptop = logIn(email);

        assertThat(gateway.post("/api/auth/logout", null, Map.of("refreshToken",
                phone.get("refreshToken").asString())).status()).isEqualTo(204);

        refused(refresh(phone.get("refreshToken").asString()));
        expect(refresh(laptop.get("refreshToken").asString()), 200);
    }

    @Test
    void logoutWithASpentTokenRevokesTheTokensIssuedAfterIt() {
        JsonNode login = logIn(newAccount());
        String spent = login.get("refreshToken").asString();
        String current = expect(refresh(spent), 200).get("refreshToken").asString();

        assertThat(gateway.post("/api/auth/logout", null, Map.of("refreshToken", spent)).status()).isEqualTo(204);

        refused(refresh(current));
    }

    @Test
    void aMadeUpRefreshTokenIsRefusedAndAMalformedOneIsInvalidInput() {
        refused(refresh(UUID.randomUUID() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        JsonNode login = logIn(newAccount());
        String real = login.get("refreshToken").asString();
        refused(refresh(real.substring(0, real.indexOf('.')) + ".BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"));

        for (String malformed : List.of("", "not-a-token", login.get("accessToken").asString(), real + "x")) {
            ShopApi.Response response = refresh(malformed);
            assertThat(response.status()).as(malformed).isEqualTo(400);
            assertThat(response.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(gateway.post("/api/auth/logout", null, Map.of("refreshToken", "not-a-token")).status())
                .isEqualTo(400);
    }

    @Test
    void aChangeOfRolesEndsTheUsersSessionsAndTheNextLoginCarriesTheNewRoles() {
        String email = newAccount();
        JsonNode login = logIn(email);
        UUID id = UUID.fromString(gateway.send("GET", "/api/users/me", login.get("accessToken").asString(), null,
                Map.of()).body().get("id").asString());
        Client admin = Client.admin(gateway);

        assertThat(admin.put("/api/users/" + id + "/roles", Map.of("roles", List.of("USER"))).status())
                .isEqualTo(200);
        String kept = expect(refresh(login.get("refreshToken").asString()), 200).get("refreshToken").asString();
        assertThat(admin.put("/api/users/" + id + "/roles", Map.of("roles", List.of("USER", "ADMIN"))).status())
                .isEqualTo(200);

        refused(refresh(kept));
        String promoted = logIn(email).get("accessToken").asString();
        assertThat(gateway.send("GET", "/api/users", promoted, null, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void onlyAHashOfTheRefreshTokenIsStored() throws SQLException {
        String token = logIn(newAccount()).get("refreshToken").asString();
        String secret = token.substring(token.indexOf('.') + 1);

        try (Connection connection = EventLog.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT token_hash FROM gateway.sessions WHERE id = ?")) {
            query.setObject(1, UUID.fromString(token.substring(0, token.indexOf('.'))));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the session is stored").isTrue();
                byte[] stored = row.getBytes(1);
                assertThat(stored).hasSize(32);
                assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
            }
        }
    }

    private static String newAccount() {
        String email = "session-" + UUID.randomUUID() + "@example.com";
        expect(gateway.post("/api/auth/register", null, Map.of("email", email, "password", PASSWORD,
                "name", "Session Holder")), 201);
        return email;
    }

    private static JsonNode logIn(String email) {
        JsonNode login = expect(gateway.post("/api/auth/login", null, Map.of("email", email, "password", PASSWORD)),
                200);
        assertThat(login.get("refreshToken").asString()).isNotBlank();
        return login;
    }

    private static ShopApi.Response refresh(String token) {
        return gateway.post("/api/auth/refresh", null, Map.of("refreshToken", token));
    }

    private static JsonNode expect(ShopApi.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.body();
    }

    private static void refused(ShopApi.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("code").asString()).isEqualTo("INVALID_REFRESH_TOKEN");
    }
}
