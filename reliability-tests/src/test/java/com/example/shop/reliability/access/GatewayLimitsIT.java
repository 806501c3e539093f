package com.example.shop.reliability.access;

import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.RunMode;
import com.example.shop.testsupport.ServiceProcess;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.EventLog;
import com.example.shop.testsupport.system.OnlyInMode;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that protect accounts and the machine, on a second gateway of their own with small settings (the
 * shared one takes every test's sign-ups from 127.0.0.1): a sign-up flood gets 429 and stores nothing beyond the
 * limit, a burst of password checks past the hashing pool gets 503 at once, a refresh token dies after its lifetime.
 */
@WholeSystemTest
@OnlyInMode(value = RunMode.LOCAL, why = "the gateway holds no events and runs alike in both modes: one run of "
        + "its limits says it all")
class GatewayLimitsIT {

    private static final int SIGN_UPS_PER_ADDRESS = 5;
    private static final String PASSWORD = "password-for-the-limits";

    private static ShopSystem shop;
    private static ServiceProcess limited;
    private static ShopApi gateway;

    @BeforeAll
    static void startALimitedGateway() {
        shop = ReliabilitySystem.get();
        limited = shop.anotherGateway(Map.of(
                "SIGNUP_MAX_PER_ADDRESS", String.valueOf(SIGN_UPS_PER_ADDRESS),
                "PASSWORD_HASHING_THREADS", "1",
                "PASSWORD_HASHING_QUEUE", "1",
                "REFRESH_TOKEN_TTL", "PT3S"));
        gateway = limited.api();
    }

    @AfterAll
    static void stop() {
        if (limited != null) {
            limited.close();
        }
    }

    @Test
    void aSignUpFloodFromOneAddressGets429AndStoresNothingBeyondTheLimit() throws SQLException {
        String prefix = "flood-" + UUID.randomUUID() + "-";

        List<ShopApi.Response> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(gateway.post("/api/auth/register", null, Map.of("email", prefix + i + "@example.com",
                    "password", PASSWORD, "name", "Flood")));
        }

        assertThat(answers).extracting(ShopApi.Response::status)
                .containsExactly(201, 201, 201, 201, 201, 429, 429, 429, 429, 429, 429, 429);
        ShopApi.Response refused = answers.get(SIGN_UPS_PER_ADDRESS);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("code").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(accountsNamed(prefix)).isEqualTo(SIGN_UPS_PER_ADDRESS);
    }

    @Test
    void passwordChecksPastTheHashingPoolGet503AtOnceAndNothingElseFails() throws Exception {
        String email = "burst-" + UUID.randomUUID() + "@example.com";
        // signed up at the shared gateway: this one's sign-up allowance belongs to the flood case
        assertThat(shop.gateway().post("/api/auth/register", null, Map.of("email", email, "password", PASSWORD,
                "name", "Burst")).status()).isEqualTo(201);

        List<ShopApi.Response> answers = all(16,
                () -> gateway.post("/api/auth/login", null, Map.of("email", email, "password", PASSWORD)));

        assertThat(answers).extracting(ShopApi.Response::status).containsOnly(200, 503).contains(200, 503);
        ShopApi.Response busy = answers.stream().filter(answer -> answer.status() == 503).findFirst().orElseThrow();
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
        assertThat(busy.body().get("code").asString()).isEqualTo("TOO_BUSY");
        assertThat(gateway.post("/api/auth/login", null, Map.of("email", email, "password", PASSWORD)).status())
                .as("one at a time, every login is served").isEqualTo(200);
    }

    @Test
    void aRefreshTokenIsRefusedOnceItsLifetimeHasPassed() throws InterruptedException {
        String email = "expiry-" + UUID.randomUUID() + "@example.com";
        assertThat(shop.gateway().post("/api/auth/register", null, Map.of("email", email, "password", PASSWORD,
                "name", "Expiry")).status()).isEqualTo(201);
        ShopApi.Response login = gateway.post("/api/auth/login", null, Map.of("email", email, "password", PASSWORD));
        assertThat(login.body().get("refreshExpiresIn").asLong()).isEqualTo(3);

        Thread.sleep(3_500);
        ShopApi.Response refresh = gateway.post("/api/auth/refresh", null,
                Map.of("refreshToken", login.body().get("refreshToken").asString()));

        assertThat(refresh.status()).as(refresh.raw().body()).isEqualTo(401);
        assertThat(refresh.body().get("code").asString()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    private static List<ShopApi.Response> all(int concurrent, Supplier<ShopApi.Response> call) {
        ExecutorService callers = Executors.newFixedThreadPool(concurrent);
        try {
            List<CompletableFuture<ShopApi.Response>> calls = IntStream.range(0, concurrent)
                    .mapToObj(i -> CompletableFuture.supplyAsync(call, callers)).toList();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            callers.shutdownNow();
        }
    }

    private static long accountsNamed(String prefix) throws SQLException {
        try (Connection connection = EventLog.connect();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM gateway.users WHERE email LIKE ?")) {
            count.setString(1, prefix + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
