package com.example.shop.query.support;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestMongo;
import com.example.shop.testsupport.TestPostgres;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of query-side's integration tests: query-side in this JVM on a real PostgreSQL and a MongoDB-protocol
 * server, the real command-side in a process of its own writing the events, both driven over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ProjectionGate.class, PoisonedProduct.class})
public abstract class QuerySideIT {

    protected final String admin = TestTokens.admin(UUID.randomUUID());
    protected ShopApi commands;
    protected ShopApi queries;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("query_side_test"));
        registry.add("shop.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("shop.security.jwt.issuer", () -> TestTokens.ISSUER);
        // Events of command-side must arrive by PostgreSQL's notifications: a read model that waited for the poll
        // would miss every deadline of these tests.
        registry.add("shop.events.poll-interval", () -> "60s");
    }

    @BeforeEach
    void connect() {
        commands = RunningCommandSide.api();
        queries = new ShopApi(port);
    }

    protected UUID createProduct(String name, String price, int stock) {
        ShopApi.Response created = commands.post("/api/products", admin, Map.of(
                "sku", "SKU-" + UUID.randomUUID(), "name", name, "description", "described " + name,
                "price", Map.of("amount", price, "currency", "EUR"), "initialStock", stock));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    protected UUID placeOrder(String customer, List<Map<String, Object>> lines) {
        ShopApi.Response placed = commands.post("/api/orders", customer, Map.of("lines", lines));
        assertThat(placed.status()).as(placed.raw().body()).isEqualTo(202);
        return UUID.fromString(placed.body().get("id").asString());
    }

    protected static Map<String, Object> line(UUID productId, int quantity) {
        return Map.of("productId", productId.toString(), "quantity", quantity);
    }

    /** Polls a query until its answer satisfies the condition: read models follow the event log a little later. */
    protected JsonNode awaitAnswer(String path, String token, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    ShopApi.Response response = queries.send("GET", path, token, null, Map.of());
                    return response.status() == 200 ? response.body() : null;
                }, body -> body != null && until.test(body));
    }

    /** What {@link #shopActivity()} left behind. */
    protected record Activity(String customer, UUID confirmedOrder, UUID product) {
    }

    /**
     * A little of everything a shop does (a confirmed, a rejected and a cancelled order, restocking, a
     * discontinued product), so that rebuilt models have every kind of event to get right.
     */
    protected Activity shopActivity() {
        String customer = TestTokens.user(UUID.randomUUID());
        UUID mug = createProduct("Activity Mug", "6.00", 5);
        UUID lamp = createProduct("Activity Lamp", "30.00", 1);
        UUID confirmed = placeOrder(customer, List.of(line(mug, 2)));
        placeOrder(customer, List.of(line(mug, 1), line(lamp, 4)));
        UUID cancelled = placeOrder(customer, List.of(line(mug, 1)));
        awaitOrderStatus(cancelled, customer, "CONFIRMED");
        assertThat(commands.post("/api/orders/" + cancelled + "/cancel", customer, null).status()).isEqualTo(202);
        assertThat(commands.post("/api/products/" + mug + "/stock", admin, Map.of("quantity", 3)).status())
                .isEqualTo(204);
        assertThat(commands.delete("/api/products/" + lamp, admin).status()).isEqualTo(204);
        awaitOrderStatus(confirmed, customer, "CONFIRMED");
        return new Activity(customer, confirmed, mug);
    }

    /** Waits until every read model has processed the whole event log. */
    protected void awaitReadModelsCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode processors = queries.send("GET", "/api/admin/processors", admin, null, Map.of()).body();
            for (JsonNode processor : processors) {
                if (processor.get("lag").asLong() != 0 || processor.get("replaying").asBoolean()) {
                    return false;
                }
            }
            return processors.size() == 3;
        });
    }

    protected JsonNode awaitOrderStatus(UUID orderId, String token, String status) {
        return awaitAnswer("/api/orders/" + orderId, token, order -> order.get("status").asString().equals(status));
    }
}
