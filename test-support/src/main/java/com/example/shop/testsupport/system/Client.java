package com.example.shop.testsupport.system;

import com.example.shop.testsupport.ShopApi;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Somebody using the shop through the gateway, with the token they got by logging in. */
public final class Client {

    private final ShopApi gateway;
    private final String token;
    private final String email;

    private Client(ShopApi gateway, String token, String email) {
        this.gateway = gateway;
        this.token = token;
        this.email = email;
    }

    /** Registers a new customer and logs them in. */
    public static Client newCustomer(ShopApi gateway) {
        String email = "customer-" + UUID.randomUUID() + "@example.com";
        ShopApi.Response registered = gateway.post("/api/auth/register", null,
                Map.of("email", email, "password", "correct horse battery", "name", "A Customer"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        return logIn(gateway, email, "correct horse battery");
    }

    public static Client admin(ShopApi gateway) {
        return logIn(gateway, ShopSystem.ADMIN_EMAIL, ShopSystem.ADMIN_PASSWORD);
    }

    /** Logs somebody in who has an account already. */
    public static Client logIn(ShopApi gateway, String email, String password) {
        ShopApi.Response login = gateway.post("/api/auth/login", null, Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.raw().body()).isEqualTo(200);
        return new Client(gateway, login.body().get("accessToken").asString(), email);
    }

    /** The same person talking to another address, say a service directly rather than through the gateway. */
    public Client via(ShopApi api) {
        return new Client(api, token, email);
    }

    public String token() {
        return token;
    }

    public String email() {
        return email;
    }

    public ShopApi.Response get(String path) {
        return gateway.send("GET", path, token, null, Map.of());
    }

    public ShopApi.Response post(String path, Object body) {
        return gateway.post(path, token, body);
    }

    public ShopApi.Response put(String path, Object body) {
        return gateway.put(path, token, body);
    }

    public ShopApi.Response delete(String path) {
        return gateway.delete(path, token);
    }

    public UUID createProduct(String name, String price, int stock) {
        ShopApi.Response created = post("/api/products", Map.of("sku", "E2E-" + UUID.randomUUID(), "name", name,
                "description", "end to end " + name, "price", Map.of("amount", price, "currency", "EUR"),
                "initialStock", stock));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    public UUID order(List<Map<String, Object>> lines) {
        return order(lines, Map.of());
    }

    /** Places an order and returns the answer as it is, for callers that count rather than assert. */
    public ShopApi.Response orderAnswer(List<Map<String, Object>> lines) {
        return gateway.post("/api/orders", token, Map.of("lines", lines), Map.of());
    }

    public UUID order(List<Map<String, Object>> lines, Map<String, String> headers) {
        ShopApi.Response placed = gateway.post("/api/orders", token, Map.of("lines", lines), headers);
        assertThat(placed.status()).as(placed.raw().body()).isEqualTo(202);
        return UUID.fromString(placed.body().get("id").asString());
    }

    public static Map<String, Object> line(UUID productId, int quantity) {
        return Map.of("productId", productId.toString(), "quantity", quantity);
    }

    /** Polls a read until it answers 200 with a body that satisfies the condition. */
    public JsonNode await(String path, Predicate<JsonNode> until) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    ShopApi.Response response = get(path);
                    return response.status() == 200 ? response.body() : null;
                }, body -> body != null && until.test(body));
    }

    public JsonNode awaitOrder(UUID orderId, String status) {
        return await("/api/orders/" + orderId, order -> order.get("status").asString().equals(status));
    }

    public int availableStock(UUID productId) {
        return get("/api/products/" + productId).body().get("availableStock").asInt();
    }

    public void awaitAvailableStock(UUID productId, int expected) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            ShopApi.Response product = get("/api/products/" + productId);
            return product.status() == 200 && product.body().get("availableStock").asInt() == expected;
        });
    }
}
