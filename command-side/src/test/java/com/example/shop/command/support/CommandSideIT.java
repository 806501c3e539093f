package com.example.shop.command.support;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import com.example.shop.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the integration tests: the whole command-side on a random port against the shared real
 * PostgreSQL, driven over HTTP with real tokens. Tests create their own products, so they never interfere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CommandSideIT {

    protected final UUID adminId = UUID.randomUUID();
    protected final String admin = TestTokens.admin(adminId);
    protected ShopApi api;
    protected EventLog events;

    @LocalServerPort
    private int port;
    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("shop.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("shop.security.jwt.issuer", () -> TestTokens.ISSUER);
    }

    @BeforeEach
    void connect() {
        api = new ShopApi(port);
        events = new EventLog(dataSource);
    }

    protected UUID createProduct(String price, int initialStock) {
        ShopApi.Response created = api.post("/api/products", admin, Map.of(
                "sku", "SKU-" + UUID.randomUUID(),
                "name", "Product " + UUID.randomUUID().toString().substring(0, 8),
                "description", "for a test",
                "price", Map.of("amount", price, "currency", "EUR"),
                "initialStock", initialStock));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    protected static Map<String, Object> line(UUID productId, int quantity) {
        return Map.of("productId", productId.toString(), "quantity", quantity);
    }

    protected UUID placeOrder(String customerToken, List<Map<String, Object>> lines) {
        ShopApi.Response placed = api.post("/api/orders", customerToken, Map.of("lines", lines));
        assertThat(placed.status()).as(placed.raw().body()).isEqualTo(202);
        return UUID.fromString(placed.body().get("id").asString());
    }

    /** Waits until the saga has driven the order to an outcome, and returns the outcome's event type. */
    protected EventLog.StoredEvent awaitOutcome(UUID orderId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> events.outcomeOf(orderId), o -> o.isPresent())
                .orElseThrow();
    }

    protected StockLedger.Level stockOf(UUID productId) {
        return StockLedger.last(events.ofInventory(productId));
    }
}
