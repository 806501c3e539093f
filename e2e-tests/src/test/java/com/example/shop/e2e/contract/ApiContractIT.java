package com.example.shop.e2e.contract;

import com.example.shop.e2e.contract.ApiContract.Answer;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer the API description lists, provoked once through the gateway and held to the description by
 * {@link ApiContract}: every operation's success, and each of its refusals. The refusals every operation shares are
 * provoked the same way for all (a control character in a parameter for 400, no token for 401, a token without the
 * role for 403, an oversized or non-JSON body for 413 and 415); the others case by case. Not provoked here: 503,
 * which needs a part to be down (the crash and outage suites answer it), a replay refused because another is
 * running, which depends on how fast the first one ends, and a sign-up refused for too many sign-ups, which needs
 * a gateway with a small limit (the reliability suite's {@code GatewayLimitsIT} has one).
 */
@WholeSystemTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractIT {

    private static ShopApi gateway;
    private static Client admin;
    private static Client customer;
    private static Client adminOnly;
    private static UUID product;
    private static UUID order;
    private static UUID customerId;

    @BeforeAll
    static void someOfEverything() {
        gateway = ShopSystem.get().gateway();
        admin = Client.admin(gateway);
        customer = Client.newCustomer(gateway);
        customerId = UUID.fromString(customer.get("/api/users/me").body().get("id").asString());
        adminOnly = adminOnly();
        product = admin.createProduct("Contract Mug", "4.50", 10);
        customer.awaitAvailableStock(product, 10);
        order = customer.order(List.of(line(product, 1)));
        customer.awaitOrder(order, "CONFIRMED");
    }

    @Test
    @Order(1)
    void theRefusalsEveryOperationShares() {
        for (Answer answer : documented(status -> true)) {
            String path = concrete(answer.path());
            boolean takesBody = answer.method().equals("POST") || answer.method().equals("PUT");
            String token = allowedToken(answer);
            boolean secured = token != null;
            switch (answer.status()) {
                case 400 -> send(answer, path + "?probe=%00", token, takesBody ? "{}" : null, Map.of());
                // an open operation's 401 and 403 are its own refusals (wrong credentials), shown case by case
                case 401 -> {
                    if (secured) {
                        send(answer, path, null, takesBody ? "{}" : null, Map.of());
                    }
                }
                case 403 -> {
                    if (secured) {
                        send(answer, path, deniedToken(answer), takesBody ? "{}" : null, Map.of());
                    }
                }
                case 413 -> send(answer, path, token, "\"" + "x".repeat(1_100_000) + "\"", Map.of());
                case 415 -> send(answer, path, token, "x", Map.of("Content-Type", "text/plain"));
                default -> {
                }
            }
        }
    }

    @Test
    @Order(2)
    void accounts() {
        String email = "contract-" + UUID.randomUUID() + "@example.com";
        Map<String, String> account = Map.of("email", email, "password", "correct horse battery", "name", "C");
        expect(gateway.post("/api/auth/register", null, account), 201);
        expect(gateway.post("/api/auth/register", null, account), 409);
        expect(gateway.post("/api/auth/register", null, Map.of("email", "no-at-sign")), 400);
        Map<String, String> wrong = Map.of("email", email, "password", "not the password");
        String refreshToken = expect(gateway.post("/api/auth/login", null, Map.of("email", email,
                "password", "correct horse battery")), 200).body().get("refreshToken").asString();
        String renewed = expect(gateway.post("/api/auth/refresh", null, Map.of("refreshToken", refreshToken)), 200)
                .body().get("refreshToken").asString();
        expect(gateway.post("/api/auth/refresh", null, Map.of("refreshToken", refreshToken)), 401);
        expect(gateway.post("/api/auth/logout", null, Map.of("refreshToken", renewed)), 204);
        for (int failure = 0; failure < 5; failure++) {
            expect(gateway.post("/api/auth/login", null, wrong), 401);
        }
        expect(gateway.post("/api/auth/login", null, wrong), 429);
        expect(customer.get("/api/users/me"), 200);
        expect(admin.get("/api/users?size=5"), 200);
        expect(admin.put("/api/users/" + customerId + "/roles", Map.of("roles", List.of("USER"))), 200);
        expect(admin.put("/api/users/" + UUID.randomUUID() + "/roles", Map.of("roles", List.of("USER"))), 404);
        expect(gateway.send("GET", "/.well-known/jwks.json", null, null, Map.of()), 200);
    }

    @Test
    @Order(3)
    void products() {
        String sku = "CONTRACT-" + UUID.randomUUID();
        Map<String, Object> mug = Map.of("sku", sku, "name", "Mug", "description", "a mug",
                "price", Map.of("amount", "3.00", "currency", "EUR"), "initialStock", 2);
        ShopApi.Response created = expect(admin.post("/api/products", mug), 201);
        UUID id = UUID.fromString(created.body().get("id").asString());
        expect(admin.post("/api/products", mug), 409);
        expect(gateway.send("GET", "/api/products?q=mug&size=5", null, null, Map.of()), 200);
        customer.awaitAvailableStock(id, 2);
        expect(gateway.send("GET", "/api/products/" + id, null, null, Map.of()), 200);
        expect(gateway.send("GET", "/api/products/" + UUID.randomUUID(), null, null, Map.of()), 404);
        Map<String, Object> details = Map.of("name", "Big mug", "description", "a big mug",
                "price", Map.of("amount", "3.50", "currency", "EUR"));
        expect(admin.put("/api/products/" + id, details), 204);
        expect(admin.put("/api/products/" + UUID.randomUUID(), details), 404);
        expect(admin.post("/api/products/" + id + "/stock", Map.of("quantity", 3)), 204);
        expect(admin.post("/api/products/" + UUID.randomUUID() + "/stock", Map.of("quantity", 3)), 404);
        expect(admin.delete("/api/products/" + id), 204);
        expect(admin.delete("/api/products/" + UUID.randomUUID()), 404);
        expect(admin.put("/api/products/" + id, details), 409);
    }

    @Test
    @Order(4)
    void orders() {
        UUID dollars = admin.post("/api/products", Map.of("sku", "CONTRACT-USD-" + UUID.randomUUID(), "name", "Cup",
                        "description", "a cup", "price", Map.of("amount", "2.00", "currency", "USD"),
                        "initialStock", 5)).body().get("id").asString().transform(UUID::fromString);
        expect(customer.orderAnswer(List.of(line(product, 1), line(dollars, 1))), 422);
        expect(customer.orderAnswer(List.of(line(UUID.randomUUID(), 1))), 422);
        expect(customer.get("/api/orders?size=5"), 200);
        expect(customer.get("/api/orders/" + order), 200);
        expect(customer.get("/api/orders/" + UUID.randomUUID()), 404);
        expect(customer.get("/api/orders/" + order + "/timeline"), 200);
        expect(customer.get("/api/orders/" + UUID.randomUUID() + "/timeline"), 404);
        // an ended order's stream tells it once and ends a few checks later
        assertThat(expect(customer.get("/api/orders/" + order + "/updates"), 200).raw().body())
                .startsWith("event:order\ndata:{\"order\":{\"id\":\"" + order + "\"");
        expect(customer.get("/api/orders/" + UUID.randomUUID() + "/updates"), 404);
        UUID placed = customer.order(List.of(line(product, 1)));
        customer.awaitOrder(placed, "CONFIRMED");
        expect(customer.post("/api/orders/" + placed + "/cancel", null), 202);
        expect(customer.post("/api/orders/" + placed + "/cancel", null), 409);
        expect(customer.post("/api/orders/" + UUID.randomUUID() + "/cancel", null), 404);
        expect(customer.get("/api/notifications?orderId=" + order), 200);
    }

    @Test
    @Order(5)
    void operations() {
        expect(admin.get("/api/admin/processors"), 200);
        expect(admin.post("/api/admin/processors/no-such-model/replay", null), 404);
        expect(admin.post("/api/admin/processors/order-timeline/replay", null), 202);
        expect(admin.get("/api/admin/dead-letters"), 200);
        expect(admin.post("/api/admin/dead-letters/orders/retry", null), 200);
        expect(admin.post("/api/admin/dead-letters/no-such-processor/retry", null), 404);
    }

    /** Last: each case above showed some answers; whatever is documented must have been shown by one of them. */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyDocumentedAnswerWasShown() {
        Set<Answer> notShown = new TreeSet<>(documented(answer -> answer.status() != 503
                && !answer.toString().equals("POST /api/admin/processors/{name}/replay 409")
                && !answer.toString().equals("POST /api/auth/register 429")));
        notShown.removeAll(ApiContract.current().seen());
        assertThat(notShown).as("documented answers no request showed").isEmpty();
    }

    private static Set<Answer> documented(Predicate<Answer> which) {
        return ApiContract.of(gateway).documented().stream().filter(which)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ShopApi.Response send(Answer answer, String path, String token, String body,
                                         Map<String, String> headers) {
        return expect(gateway.send(answer.method(), path, token, body, headers), answer.status());
    }

    private static ShopApi.Response expect(ShopApi.Response response, int status) {
        assertThat(response.status()).as(response.raw().request().method() + " " + response.raw().uri() + ": "
                + response.raw().body()).isEqualTo(status);
        return response;
    }

    private static String concrete(String template) {
        Map<String, String> values = new HashMap<>(Map.of("productId", product.toString(),
                "orderId", order.toString(), "id", customerId.toString(), "name", "orders"));
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    /** A token the operation's rules let through, so that only the probed flaw is refused. */
    private static String allowedToken(Answer answer) {
        JsonNode operation = operation(answer);
        if (!operation.has("security") || operation.get("security").isEmpty()) {
            return null;
        }
        return needsOnly(operation, "USER") ? customer.token() : admin.token();
    }

    /** A real token without the role the operation needs. */
    private static String deniedToken(Answer answer) {
        return needsOnly(operation(answer), "USER") ? adminOnly.token() : customer.token();
    }

    private static boolean needsOnly(JsonNode operation, String role) {
        JsonNode roles = operation.path("x-roles");
        return roles.size() == 1 && roles.get(0).asString().equals(role);
    }

    private static JsonNode operation(Answer answer) {
        return ApiContract.of(gateway).operation(answer.method(), answer.path());
    }

    /** A user whose only role is ADMIN, for the operations that need the role USER. */
    private static Client adminOnly() {
        Client user = Client.newCustomer(gateway);
        String id = user.get("/api/users/me").body().get("id").asString();
        expect(admin.put("/api/users/" + id + "/roles", Map.of("roles", List.of("ADMIN"))), 200);
        return Client.logIn(gateway, user.email(), "correct horse battery");
    }
}
