package com.example.shop.reliability.access;

import com.example.shop.reliability.access.AccessRules.Caller;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real things for the matrix to point at, made through the API: a product, an order of one customer that another
 * customer must not see, an account to log in to and one whose roles an admin sets.
 */
final class Fixtures {

    static final String PASSWORD = "password-for-the-matrix";
    /** The smallest read model; rebuilding it disturbs the other cases least. */
    static final String REPLAYED_READ_MODEL = "order-timeline";

    private final ShopApi gateway;
    private final Client customer;
    private final Client admin;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final String loginEmail;
    private final UUID bystanderId;
    private final UUID productId;
    private final UUID orderId;

    Fixtures(ShopApi gateway) {
        this.gateway = gateway;
        customer = Client.newCustomer(gateway);
        admin = Client.admin(gateway);
        tokens.put(Caller.USER, customer.token());
        tokens.put(Caller.OTHER_USER, Client.newCustomer(gateway).token());
        tokens.put(Caller.ADMIN, admin.token());
        loginEmail = register().get("email").asString();
        bystanderId = UUID.fromString(register().get("id").asString());
        productId = newProduct(admin);
        orderId = customer.order(List.of(Client.line(productId, 1)));
        customer.awaitOrder(orderId, "CONFIRMED");
        customer.await("/api/orders/" + orderId + "/timeline", timeline -> timeline.get("steps").size() > 0);
        awaitReadModelsSettled();
    }

    /** The caller's token; none for the anonymous caller. */
    String token(Caller caller) {
        return tokens.get(caller);
    }

    String loginEmail() {
        return loginEmail;
    }

    /** The refresh token of a new login to {@link #loginEmail()}: each is good for one exchange. */
    String freshRefreshToken() {
        ShopApi.Response login = gateway.post("/api/auth/login", null,
                Map.of("email", loginEmail, "password", PASSWORD));
        assertThat(login.status()).as(login.raw().body()).isEqualTo(200);
        return login.body().get("refreshToken").asString();
    }

    /** A customer whose roles the matrix sets to USER, which they have already: nobody's access changes. */
    UUID bystanderId() {
        return bystanderId;
    }

    UUID productId() {
        return productId;
    }

    /** An order of the customer (Caller.USER), confirmed and visible in every read model. */
    UUID orderId() {
        return orderId;
    }

    UUID newProduct() {
        return newProduct(admin);
    }

    UUID newOrderOfTheCustomer() {
        return customer.order(List.of(Client.line(productId, 1)));
    }

    static Map<String, Object> productRequest() {
        return Map.of("sku", "MATRIX-" + UUID.randomUUID(), "name", "Matrix Mug", "description", "for the matrix",
                "price", Map.of("amount", "2.50", "currency", "EUR"), "initialStock", 100_000);
    }

    static Map<String, Object> orderOf(UUID product) {
        return Map.of("lines", List.of(Map.of("productId", product.toString(), "quantity", 1)));
    }

    /** No replay may still run, nor any read model lag, when a row expects a replay to start or a read to see. */
    void awaitReadModelsSettled() {
        JsonNode[] last = new JsonNode[1];
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                last[0] = admin.get("/api/admin/processors").body();
                for (JsonNode processor : last[0]) {
                    if (processor.get("replaying").asBoolean() || processor.get("lag").asLong() != 0) {
                        return false;
                    }
                }
                return true;
            });
        } catch (ConditionTimeoutException unsettled) {
            throw new AssertionError("read models not settled: " + last[0], unsettled);
        }
    }

    private static UUID newProduct(Client admin) {
        ShopApi.Response created = admin.post("/api/products", productRequest());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    /** A new account; its e-mail and id as the gateway answers them. */
    private JsonNode register() {
        String email = "matrix-account-" + UUID.randomUUID() + "@example.com";
        ShopApi.Response registered = gateway.post("/api/auth/register", null,
                Map.of("email", email, "password", PASSWORD, "name", "Matrix Login"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        return registered.body();
    }
}
