package com.example.shop.reliability.hostile;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every endpoint, a request that is right in every way, which the generators then spoil one thing at a time:
 * real ids in the path, a valid body (fresh SKUs and e-mails, so an accepted case is accepted on its merits), and
 * the token of a caller who may make the call. An endpoint without an entry here fails the suite, so a new one
 * cannot go untested.
 */
final class ValidRequests {

    /** A valid request: how to fill the path, who calls, and a fresh valid body (none for a bodyless call). */
    record Valid(String path, String token, Supplier<ObjectNode> body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String PASSWORD = "hostile-input-password";
    /** Stands for a value that must differ in every request (a SKU, an e-mail); see HostileRequest.fresh(). */
    static final String UNIQUE = "UNIQUEVALUE";

    private final String admin;
    private final UUID productId;
    private final UUID orderId;
    private final UUID bystanderId;
    private final String loginEmail;
    private final ShopApi gateway;

    ValidRequests(ShopApi gateway) {
        this.gateway = gateway;
        Client administrator = Client.admin(gateway);
        admin = administrator.token();
        productId = administrator.createProduct("Hostile Mug", "2.50", 1_000_000);
        orderId = administrator.order(List.of(Client.line(productId, 1)));
        administrator.awaitOrder(orderId, "CONFIRMED");
        bystanderId = UUID.fromString(register(gateway, "hostile-bystander-").get("id").asString());
        loginEmail = register(gateway, "hostile-login-").get("email").asString();
    }

    /** The fixture everything points at, with its starting state known. */
    UUID productId() {
        return productId;
    }

    UUID bystanderId() {
        return bystanderId;
    }

    Map<String, Valid> byRoute() {
        return Map.ofEntries(
                Map.entry("POST /api/auth/register", new Valid("/api/auth/register", null, () -> object(Map.of(
                        "email", "hostile-" + UNIQUE + "@example.com", "password", PASSWORD,
                        "name", "Hostile Input")))),
                Map.entry("POST /api/auth/login", new Valid("/api/auth/login", null, () -> object(Map.of(
                        "email", loginEmail, "password", PASSWORD)))),
                Map.entry("POST /api/auth/refresh", new Valid("/api/auth/refresh", null, () -> object(Map.of(
                        "refreshToken", freshRefreshToken())))),
                Map.entry("POST /api/auth/logout", new Valid("/api/auth/logout", null, () -> object(Map.of(
                        "refreshToken", freshRefreshToken())))),
                Map.entry("GET /api/users/me", new Valid("/api/users/me", admin, null)),
                Map.entry("GET /api/users", new Valid("/api/users", admin, null)),
                Map.entry("PUT /api/users/{id}/roles", new Valid("/api/users/" + bystanderId + "/roles", admin,
                        () -> object(Map.of("roles", List.of("USER"))))),
                Map.entry("GET /.well-known/jwks.json", new Valid("/.well-known/jwks.json", null, null)),
                Map.entry("GET /api/products", new Valid("/api/products", null, null)),
                Map.entry("GET /api/products/{productId}", new Valid("/api/products/" + productId, null, null)),
                Map.entry("POST /api/products", new Valid("/api/products", admin, () -> object(Map.of(
                        "sku", "HOSTILE-" + UNIQUE, "name", "Hostile Mug", "description", "plain",
                        "price", Map.of("amount", "2.50", "currency", "EUR"), "initialStock", 10)))),
                Map.entry("PUT /api/products/{productId}", new Valid("/api/products/" + productId, admin,
                        () -> object(Map.of("name", "Hostile Mug", "description", "plain",
                                "price", Map.of("amount", "2.50", "currency", "EUR"))))),
                Map.entry("DELETE /api/products/{productId}", new Valid("/api/products/" + productId, admin, null)),
                Map.entry("POST /api/products/{productId}/stock", new Valid("/api/products/" + productId + "/stock",
                        admin, () -> object(Map.of("quantity", 1)))),
                Map.entry("POST /api/orders", new Valid("/api/orders", admin, () -> object(Map.of("lines",
                        List.of(Map.of("productId", productId.toString(), "quantity", 1)))))),
                Map.entry("GET /api/orders", new Valid("/api/orders", admin, null)),
                Map.entry("GET /api/orders/{orderId}", new Valid("/api/orders/" + orderId, admin, null)),
                Map.entry("GET /api/orders/{orderId}/timeline", new Valid("/api/orders/" + orderId + "/timeline",
                        admin, null)),
                Map.entry("GET /api/orders/{orderId}/updates", new Valid("/api/orders/" + orderId + "/updates",
                        admin, null)),
                Map.entry("POST /api/orders/{orderId}/cancel", new Valid("/api/orders/" + orderId + "/cancel", admin,
                        null)),
                Map.entry("GET /api/notifications", new Valid("/api/notifications", admin, null)),
                Map.entry("GET /api/admin/processors", new Valid("/api/admin/processors", admin, null)),
                Map.entry("POST /api/admin/processors/{name}/replay", new Valid(
                        "/api/admin/processors/order-timeline/replay", admin, null)),
                Map.entry("GET /api/admin/dead-letters", new Valid("/api/admin/dead-letters", admin, null)),
                Map.entry("POST /api/admin/dead-letters/{name}/retry", new Valid(
                        "/api/admin/dead-letters/orders/retry", admin, null)));
    }

    /** The refresh token of a new login: each is good for one exchange. */
    private String freshRefreshToken() {
        ShopApi.Response login = gateway.post("/api/auth/login", null, Map.of("email", loginEmail,
                "password", PASSWORD));
        assertThat(login.status()).as(login.raw().body()).isEqualTo(200);
        return login.body().get("refreshToken").asString();
    }

    private static ObjectNode object(Map<String, Object> fields) {
        return JSON.valueToTree(fields);
    }

    private static tools.jackson.databind.JsonNode register(ShopApi gateway, String prefix) {
        ShopApi.Response registered = gateway.post("/api/auth/register", null, Map.of(
                "email", prefix + UUID.randomUUID() + "@example.com", "password", PASSWORD, "name", "Hostile"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        return registered.body();
    }
}
