package com.example.shop.gateway.support;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestPostgres;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the gateway's integration tests: the gateway in this JVM on a real PostgreSQL, routing to the real
 * command-side and query-side, which run from their jars and verify tokens with the gateway's JWKS. The gateway's
 * port is chosen before anything starts, because the services must know where the JWKS is before the gateway runs.
 * Every test class shares this one setup, so it starts once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(StopServicesAfterAllTests.class)
public abstract class GatewayIT {

    protected static final String ISSUER = TestTokens.ISSUER;
    protected static final String ADMIN_EMAIL = "admin@example.com";
    protected static final String ADMIN_PASSWORD = "admin-password-1";
    protected static final int GATEWAY_PORT = freePort();
    /** Where the gateway keeps the key pair it makes on first start; tests read it to forge tokens. */
    protected static final Path KEY_DIRECTORY = tempDirectory();

    protected ShopApi gateway;
    protected JdbcTemplate database;

    @Autowired
    private DataSource dataSource;

    /** A registered and logged-in user. */
    protected record TestUser(UUID id, String email, String password, String token) {
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        RunningServices.start(GATEWAY_PORT, ISSUER);
        registry.add("server.port", () -> GATEWAY_PORT);
        registry.add("spring.datasource.url", TestPostgres::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("shop.services.command-side", () -> RunningServices.address(RunningServices.commandSide()));
        registry.add("shop.services.query-side", () -> RunningServices.address(RunningServices.querySide()));
        registry.add("shop.services.notification-handler", () -> NotificationStub.instance().address());
        registry.add("shop.security.jwt.issuer", () -> ISSUER);
        registry.add("shop.security.jwt.key-directory", KEY_DIRECTORY::toString);
        registry.add("shop.accounts.admin.email", () -> ADMIN_EMAIL);
        registry.add("shop.accounts.admin.password", () -> ADMIN_PASSWORD);
        // Every test signs up and logs in from 127.0.0.1; the per-address limits are tested on their own.
        registry.add("shop.login.throttle.per-address", () -> 10_000);
        registry.add("shop.accounts.sign-up.throttle.per-address", () -> 10_000);
    }

    @BeforeEach
    void connect() {
        gateway = new ShopApi(GATEWAY_PORT);
        database = new JdbcTemplate(dataSource);
    }

    protected String login(String email, String password) {
        ShopApi.Response response = gateway.post("/api/auth/login", null, Map.of("email", email, "password", password));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body().get("accessToken").asString();
    }

    protected String adminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    protected TestUser newUser() {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String password = "password-" + UUID.randomUUID();
        ShopApi.Response registered = gateway.post("/api/auth/register", null,
                Map.of("email", email, "password", password, "name", "Test User"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        return new TestUser(UUID.fromString(registered.body().get("id").asString()), email, password,
                login(email, password));
    }

    protected long storedUsersWithEmail(String email) {
        return database.queryForObject("SELECT count(*) FROM gateway.users WHERE lower(email) = lower(?)",
                Long.class, email);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createDirectories(Path.of("target", "gateway-keys-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
