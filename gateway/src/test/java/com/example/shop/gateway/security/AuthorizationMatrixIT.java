package com.example.shop.gateway.security;

import com.example.shop.gateway.routing.ServiceAddresses;
import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.gateway.support.RunningServices;
import com.example.shop.testsupport.ShopApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every route of the API, called by nobody, a user, another user and an admin, must answer exactly as the table
 * below says: 401 without a token, 403 without the role, 404 for somebody else's order, 2xx otherwise.
 * <p>
 * The routes are not listed here by hand: they are read from the API descriptions the application publishes (the
 * gateway's document and each service's, fetched through the gateway). A route that appears there without a row in
 * the table fails this test, and so does a row whose route no longer exists. The same rows are then sent to each
 * service directly, around the gateway, and must be answered the same way.
 */
class AuthorizationMatrixIT extends GatewayIT {

    /** notification-handler is built in its own repository and does not run here; RoutingIT covers its route. */
    private static final Set<String> NOT_RUNNING_HERE = Set.of("notification-handler");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    enum Caller { ANONYMOUS, USER, OTHER_USER, ADMIN }

    record Route(String method, String path) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Call(String path, Object body) {
    }

    record Row(Map<Caller, Integer> expected, BiFunction<Route, Caller, Call> call) {
    }

    @Autowired
    private ServiceAddresses services;

    private Map<Caller, String> tokens;
    private TestUser loginUser;
    private Map<String, String> pathValues;

    @BeforeEach
    void shopWithSomethingInIt() {
        TestUser user = newUser();
        tokens = new LinkedHashMap<>();
        tokens.put(Caller.ANONYMOUS, null);
        tokens.put(Caller.USER, user.token());
        tokens.put(Caller.OTHER_USER, newUser().token());
        tokens.put(Caller.ADMIN, adminToken());
        loginUser = newUser();
        UUID product = createProduct();
        UUID order = placeOrder(user.token(), product);
        awaitVisible("/api/orders/" + order, user.token());
        awaitVisible("/api/orders/" + order + "/timeline", user.token());
        awaitVisible("/api/products/" + product, null);
        pathValues = Map.of(
                "productId", product.toString(),
                "orderId", order.toString(),
                "id", newUser().id().toString(),
                "name", readModelName());
        awaitReadModelsSettled();
    }

    @Test
    void everyRouteAnswersEveryCallerAsTheTableSays() {
        Map<Route, String> documented = documentedRoutes();
        Map<Route, Row> table = table();

        assertTableMatches(documented.keySet(), table.keySet());
        List<String> wrong = new ArrayList<>();
        table.forEach((route, row) -> check(gateway, route, row, wrong));

        assertThat(wrong).as("calls through the gateway that did not answer as the table says").isEmpty();
    }

    @Test
    void everyServiceAnswersTheSameWhenCalledAroundTheGateway() {
        Map<Route, String> documented = documentedRoutes();
        Map<Route, Row> table = table();
        Map<String, ShopApi> direct = Map.of(
                "command-side", RunningServices.commandSide().api(),
                "query-side", RunningServices.querySide().api());

        List<String> wrong = new ArrayList<>();
        long checked = 0;
        for (Map.Entry<Route, Row> entry : table.entrySet()) {
            ShopApi service = direct.get(documented.get(entry.getKey()));
            if (service != null) {
                check(service, entry.getKey(), entry.getValue(), wrong);
                checked++;
            }
        }

        assertThat(checked).as("every route a running service describes was called on it")
                .isEqualTo(documented.values().stream().filter(direct::containsKey).count())
                .isGreaterThan(10);
        assertThat(wrong).as("calls around the gateway that did not answer as the table says").isEmpty();
    }

    /**
     * Expected status per caller: anonymous, user, other user, admin. Rows run in this order, each caller in
     * turn, the admin last; the replay comes at the very end, as it rebuilds a read model.
     */
    private Map<Route, Row> table() {
        Map<Route, Row> rows = new LinkedHashMap<>();
        // the gateway's own: keys, accounts
        rows.put(route("GET /.well-known/jwks.json"), row(200, 200, 200, 200, this::plain));
        rows.put(route("POST /api/auth/register"), row(201, 201, 201, 201, (route, caller) ->
                new Call(route.path(), Map.of("email", "matrix-" + UUID.randomUUID() + "@example.com",
                        "password", "password-1", "name", "Matrix"))));
        rows.put(route("POST /api/auth/login"), row(200, 200, 200, 200, (route, caller) ->
                new Call(route.path(), Map.of("email", loginUser.email(), "password", loginUser.password()))));
        rows.put(route("POST /api/auth/refresh"), row(200, 200, 200, 200, (route, caller) ->
                new Call(route.path(), Map.of("refreshToken", freshRefreshToken()))));
        rows.put(route("POST /api/auth/logout"), row(204, 204, 204, 204, (route, caller) ->
                new Call(route.path(), Map.of("refreshToken", freshRefreshToken()))));
        rows.put(route("GET /api/users/me"), row(401, 200, 200, 200, this::plain));
        rows.put(route("GET /api/users"), row(401, 403, 403, 200, this::plain));
        rows.put(route("PUT /api/users/{id}/roles"), row(401, 403, 403, 200, (route, caller) ->
                new Call(fill(route), Map.of("roles", List.of("USER")))));
        // catalog: reads for anyone, writes for admins
        rows.put(route("GET /api/products"), row(200, 200, 200, 200, this::plain));
        rows.put(route("GET /api/products/{productId}"), row(200, 200, 200, 200, this::plain));
        rows.put(route("POST /api/products"), row(401, 403, 403, 201, (route, caller) ->
                new Call(route.path(), newProduct())));
        rows.put(route("PUT /api/products/{productId}"), row(401, 403, 403, 204, (route, caller) ->
                new Call(fill(route), Map.of("name", "Renamed", "description", "changed by the matrix",
                        "price", Map.of("amount", "3.00", "currency", "EUR")))));
        rows.put(route("POST /api/products/{productId}/stock"), row(401, 403, 403, 204, (route, caller) ->
                new Call(fill(route), Map.of("quantity", 1))));
        rows.put(route("DELETE /api/products/{productId}"), row(401, 403, 403, 204, (route, caller) ->
                new Call(route.path().replace("{productId}", createProduct().toString()), null)));
        // orders: customers place them; an order is seen and cancelled by its customer or an admin only
        rows.put(route("POST /api/orders"), row(401, 202, 202, 202, (route, caller) ->
                new Call(route.path(), order(UUID.fromString(pathValues.get("productId"))))));
        rows.put(route("GET /api/orders"), row(401, 200, 200, 200, this::plain));
        rows.put(route("GET /api/orders/{orderId}"), row(401, 200, 404, 200, this::plain));
        rows.put(route("GET /api/orders/{orderId}/timeline"), row(401, 200, 404, 200, this::plain));
        rows.put(route("GET /api/orders/{orderId}/updates"), row(401, 200, 404, 200, this::plain));
        rows.put(route("POST /api/orders/{orderId}/cancel"), row(401, 202, 404, 202, (route, caller) ->
                new Call(route.path().replace("{orderId}", placeOrder(tokens.get(Caller.USER),
                        UUID.fromString(pathValues.get("productId"))).toString()), null)));
        // operations
        rows.put(route("GET /api/admin/processors"), row(401, 403, 403, 200, this::plain));
        rows.put(route("GET /api/admin/dead-letters"), row(401, 403, 403, 200, this::plain));
        rows.put(route("POST /api/admin/dead-letters/{name}/retry"), row(401, 403, 403, 200, this::plain));
        rows.put(route("POST /api/admin/processors/{name}/replay"), row(401, 403, 403, 202, this::plain));
        return rows;
    }

    /** The refresh token of a new login: each is good for one exchange. */
    private String freshRefreshToken() {
        ShopApi.Response login = gateway.post("/api/auth/login", null,
                Map.of("email", loginUser.email(), "password", loginUser.password()));
        assertThat(login.status()).as(login.raw().body()).isEqualTo(200);
        return login.body().get("refreshToken").asString();
    }

    private void check(ShopApi api, Route route, Row row, List<String> wrong) {
        for (Caller caller : Caller.values()) {
            Call call = row.call().apply(route, caller);
            ShopApi.Response response = api.send(route.method(), call.path(), tokens.get(caller),
                    call.body() == null ? null : JSON.writeValueAsString(call.body()), Map.of());
            int expected = row.expected().get(caller);
            if (response.status() != expected) {
                wrong.add(route + " as " + caller + ": expected " + expected + ", got " + response.status() + " "
                        + response.raw().body());
            }
        }
    }

    /** Every (method, path) the application describes, and who describes it: a service's name or "gateway". */
    private Map<Route, String> documentedRoutes() {
        Map<Route, String> routes = new LinkedHashMap<>();
        collect(fetch("/v3/api-docs"), "gateway", routes);
        services.byName().keySet().stream()
                .filter(service -> !NOT_RUNNING_HERE.contains(service))
                .forEach(service -> collect(fetch("/v3/api-docs/" + service), service, routes));
        assertThat(routes.values()).as("routes from every running service").contains("command-side", "query-side");
        return routes;
    }

    private JsonNode fetch(String path) {
        ShopApi.Response document = gateway.send("GET", path, null, null, Map.of());
        assertThat(document.status()).as(path).isEqualTo(200);
        return document.body();
    }

    private static void collect(JsonNode document, String owner, Map<Route, String> routes) {
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> routes.put(new Route(method.toUpperCase(), path.getKey()), owner)));
    }

    private static void assertTableMatches(Set<Route> documented, Set<Route> expected) {
        Set<Route> withoutRule = new TreeSet<>(documented);
        withoutRule.removeAll(expected);
        Set<Route> gone = new TreeSet<>(expected);
        gone.removeAll(documented);
        assertThat(withoutRule).as("routes the application describes but the table has no expectation for "
                + "(add a row to AuthorizationMatrixIT.table(), and a rule to EdgeRoutes)").isEmpty();
        assertThat(gone).as("rows for routes the application no longer describes").isEmpty();
    }

    private Call plain(Route route, Caller caller) {
        return new Call(fill(route), null);
    }

    private String fill(Route route) {
        Matcher variables = PATH_VARIABLE.matcher(route.path());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = pathValues.get(variables.group(1));
            assertThat(value).as("a value for {" + variables.group(1) + "} in " + route).isNotNull();
            variables.appendReplacement(path, value);
        }
        return variables.appendTail(path).toString();
    }

    private static Route route(String methodAndPath) {
        String[] parts = methodAndPath.split(" ");
        return new Route(parts[0], parts[1]);
    }

    private static Row row(int anonymous, int user, int otherUser, int admin, BiFunction<Route, Caller, Call> call) {
        return new Row(Map.of(Caller.ANONYMOUS, anonymous, Caller.USER, user, Caller.OTHER_USER, otherUser,
                Caller.ADMIN, admin), call);
    }

    private static Map<String, Object> newProduct() {
        return Map.of("sku", "MATRIX-" + UUID.randomUUID(), "name", "Matrix Mug", "description", "for the matrix",
                "price", Map.of("amount", "2.50", "currency", "EUR"), "initialStock", 1_000);
    }

    private static Map<String, Object> order(UUID product) {
        return Map.of("lines", List.of(Map.of("productId", product.toString(), "quantity", 1)));
    }

    private UUID createProduct() {
        ShopApi.Response created = gateway.post("/api/products", adminToken(), newProduct());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private UUID placeOrder(String customer, UUID product) {
        ShopApi.Response placed = gateway.post("/api/orders", customer, order(product));
        assertThat(placed.status()).as(placed.raw().body()).isEqualTo(202);
        return UUID.fromString(placed.body().get("id").asString());
    }

    private void awaitVisible(String path, String token) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.send("GET", path, token, null, Map.of()).status() == 200);
    }

    private String readModelName() {
        JsonNode processors = gateway.send("GET", "/api/admin/processors", adminToken(), null, Map.of()).body();
        assertThat(processors).isNotEmpty();
        return processors.get(0).get("name").asString();
    }

    /** A replay from an earlier run must have finished, so every read answers from a complete model. */
    private void awaitReadModelsSettled() {
        String admin = tokens.get(Caller.ADMIN);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode processor : gateway.send("GET", "/api/admin/processors", admin, null, Map.of()).body()) {
                if (processor.get("replaying").asBoolean() || processor.get("lag").asLong() != 0) {
                    return false;
                }
            }
            return true;
        });
    }
}
