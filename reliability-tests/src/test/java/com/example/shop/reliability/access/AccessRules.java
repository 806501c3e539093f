package com.example.shop.reliability.access;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The expected answer of every route to every kind of caller, written once and held against the gateway and
 * against each service called around it. A route the application describes without a rule here fails the
 * matrix, and so does a rule for a route that no longer exists.
 */
final class AccessRules {

    /** A caller of the matrix: nobody, a customer, another customer (not the owner of the order), an admin. */
    enum Caller { ANONYMOUS, USER, OTHER_USER, ADMIN }

    /** How to call a route for one caller: the path with its variables filled in, and the body. */
    record Call(String path, Object body) {
    }

    /** What a route must answer to each caller, and how to call it. */
    record Rule(Map<Caller, Integer> expected, Function<Caller, Call> call) {
    }

    private AccessRules() {
    }

    /**
     * The table. The calls that change something make a fresh fixture each time (a product to discontinue, an
     * order to cancel), so that callers in turn do not change the answer for the next caller.
     */
    static Map<String, Rule> table(Fixtures shop) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        // the gateway's own: keys and accounts
        rules.put("GET /.well-known/jwks.json", rule(200, 200, 200, 200, caller -> plain("/.well-known/jwks.json")));
        rules.put("POST /api/auth/register", rule(201, 201, 201, 201, caller -> new Call("/api/auth/register",
                Map.of("email", "matrix-" + UUID.randomUUID() + "@example.com", "password", "password-1",
                        "name", "Matrix"))));
        rules.put("POST /api/auth/login", rule(200, 200, 200, 200, caller -> new Call("/api/auth/login",
                Map.of("email", shop.loginEmail(), "password", Fixtures.PASSWORD))));
        rules.put("POST /api/auth/refresh", rule(200, 200, 200, 200, caller -> new Call("/api/auth/refresh",
                Map.of("refreshToken", shop.freshRefreshToken()))));
        rules.put("POST /api/auth/logout", rule(204, 204, 204, 204, caller -> new Call("/api/auth/logout",
                Map.of("refreshToken", shop.freshRefreshToken()))));
        rules.put("GET /api/users/me", rule(401, 200, 200, 200, caller -> plain("/api/users/me")));
        rules.put("GET /api/users", rule(401, 403, 403, 200, caller -> plain("/api/users")));
        rules.put("PUT /api/users/{id}/roles", rule(401, 403, 403, 200, caller -> new Call(
                "/api/users/" + shop.bystanderId() + "/roles", Map.of("roles", List.of("USER")))));
        // catalog: reads for anyone, writes for admins
        rules.put("GET /api/products", rule(200, 200, 200, 200, caller -> plain("/api/products")));
        rules.put("GET /api/products/{productId}", rule(200, 200, 200, 200,
                caller -> plain("/api/products/" + shop.productId())));
        rules.put("POST /api/products", rule(401, 403, 403, 201,
                caller -> new Call("/api/products", Fixtures.productRequest())));
        rules.put("PUT /api/products/{productId}", rule(401, 403, 403, 204, caller -> new Call(
                "/api/products/" + shop.productId(), Map.of("name", "Renamed by the matrix", "description",
                "changed", "price", Map.of("amount", "2.50", "currency", "EUR")))));
        rules.put("POST /api/products/{productId}/stock", rule(401, 403, 403, 204, caller -> new Call(
                "/api/products/" + shop.productId() + "/stock", Map.of("quantity", 1))));
        rules.put("DELETE /api/products/{productId}", rule(401, 403, 403, 204,
                caller -> plain("/api/products/" + shop.newProduct())));
        // orders: customers place them; an order is seen and cancelled by its customer or an admin only
        rules.put("POST /api/orders", rule(401, 202, 202, 202,
                caller -> new Call("/api/orders", Fixtures.orderOf(shop.productId()))));
        rules.put("GET /api/orders", rule(401, 200, 200, 200, caller -> plain("/api/orders")));
        rules.put("GET /api/orders/{orderId}", rule(401, 200, 404, 200,
                caller -> plain("/api/orders/" + shop.orderId())));
        rules.put("GET /api/orders/{orderId}/timeline", rule(401, 200, 404, 200,
                caller -> plain("/api/orders/" + shop.orderId() + "/timeline")));
        rules.put("GET /api/orders/{orderId}/updates", rule(401, 200, 404, 200,
                caller -> plain("/api/orders/" + shop.orderId() + "/updates")));
        rules.put("POST /api/orders/{orderId}/cancel", rule(401, 202, 404, 202,
                caller -> plain("/api/orders/" + shop.newOrderOfTheCustomer() + "/cancel")));
        // notifications: a customer reads their own, an admin everybody's
        rules.put("GET /api/notifications", rule(401, 200, 200, 200, caller -> plain("/api/notifications")));
        // operations
        rules.put("GET /api/admin/processors", rule(401, 403, 403, 200, caller -> plain("/api/admin/processors")));
        rules.put("POST /api/admin/processors/{name}/replay", rule(401, 403, 403, 202,
                caller -> plain("/api/admin/processors/" + Fixtures.REPLAYED_READ_MODEL + "/replay")));
        rules.put("GET /api/admin/dead-letters", rule(401, 403, 403, 200, caller -> plain("/api/admin/dead-letters")));
        rules.put("POST /api/admin/dead-letters/{name}/retry", rule(401, 403, 403, 200,
                caller -> plain("/api/admin/dead-letters/orders/retry")));
        return rules;
    }

    private static Call plain(String path) {
        return new Call(path, null);
    }

    private static Rule rule(int anonymous, int user, int otherUser, int admin, Function<Caller, Call> call) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.USER, user);
        expected.put(Caller.OTHER_USER, otherUser);
        expected.put(Caller.ADMIN, admin);
        return new Rule(expected, call);
    }
}
