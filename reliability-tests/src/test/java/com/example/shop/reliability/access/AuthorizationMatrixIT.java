package com.example.shop.reliability.access;

import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.reliability.access.AccessRules.Call;
import com.example.shop.reliability.access.AccessRules.Caller;
import com.example.shop.reliability.access.AccessRules.Rule;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.ApiDescription;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application describes, called by nobody, a customer, another customer and an admin, answers as
 * {@link AccessRules} says, through the gateway and, for the routes a service owns, from that service called
 * directly: a call that goes around the gateway is refused the same way.
 */
@WholeSystemTest
class AuthorizationMatrixIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Service> SERVICES = List.of(Service.COMMAND_SIDE, Service.QUERY_SIDE,
            Service.NOTIFICATION_HANDLER);

    private static ShopSystem shop;
    private static Fixtures fixtures;

    @BeforeAll
    static void shopWithSomethingInIt() {
        shop = ReliabilitySystem.get();
        fixtures = new Fixtures(shop.gateway());
    }

    @Test
    void everyDescribedRouteHasARuleAndEveryRuleADescribedRoute() {
        Set<String> described = new TreeSet<>(routes(shop.gateway()));
        SERVICES.forEach(service -> described.addAll(routes(shop.direct(service))));
        Set<String> ruled = AccessRules.table(fixtures).keySet();

        assertThat(new TreeSet<>(described)).as("routes without a rule: add one to AccessRules (and to the "
                + "gateway's EdgeRoutes and the owning service's ApiRoutes)").isSubsetOf(ruled);
        assertThat(new TreeSet<>(ruled)).as("rules for routes the application no longer describes")
                .isSubsetOf(described);
        assertThat(SERVICES).allSatisfy(service -> assertThat(routes(shop.direct(service)))
                .as(service + " describes its routes").isNotEmpty());
    }

    @Test
    void throughTheGatewayEveryRouteAnswersEveryCallerAsTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        Map<String, Rule> rules = AccessRules.table(fixtures);

        routes(shop.gateway()).forEach(route -> check(shop.gateway(), route, rules.get(route), wrong));

        assertThat(wrong).as("answers of the gateway that differ from the rules").isEmpty();
    }

    @Test
    void aServiceCalledAroundTheGatewayAnswersItsOwnRoutesTheSameWay() {
        List<String> wrong = new ArrayList<>();
        Map<String, Rule> rules = AccessRules.table(fixtures);

        for (Service service : SERVICES) {
            // A replay started through the gateway must be over before the service is asked for another.
            fixtures.awaitReadModelsSettled();
            routes(shop.direct(service)).forEach(route ->
                    check(shop.direct(service), route, rules.get(route), wrong));
        }

        assertThat(wrong).as("answers of the services, called directly, that differ from the rules").isEmpty();
    }

    /**
     * A service asked for a route it does not own (an account route, another service's route) refuses it as it
     * refuses anything it has no rule for: 401 without a token, 403 or 404 with one; a problem document, never a
     * 5xx, and never the call carried out.
     */
    @Test
    void aServiceRefusesTheRoutesItDoesNotOwnWithA4xxProblem() {
        List<String> wrong = new ArrayList<>();
        Map<String, Rule> rules = AccessRules.table(fixtures);

        for (Service service : SERVICES) {
            ShopApi api = shop.direct(service);
            List<String> own = routes(api);
            for (String route : rules.keySet().stream().filter(route -> !own.contains(route)).toList()) {
                for (Caller caller : List.of(Caller.ANONYMOUS, Caller.ADMIN)) {
                    Call call = rules.get(route).call().apply(caller);
                    ShopApi.Response response = send(api, route, call, fixtures.token(caller));
                    int expectedFloor = caller == Caller.ANONYMOUS ? 401 : 403;
                    if (response.status() < expectedFloor || response.status() > 405 || !isProblem(response)) {
                        wrong.add(service + " " + route + " as " + caller + ": " + response.status() + " "
                                + response.raw().body());
                    }
                }
            }
        }

        assertThat(wrong).as("routes a service does not own but did not refuse with a 4xx problem").isEmpty();
    }

    private static void check(ShopApi api, String route, Rule rule, List<String> wrong) {
        assertThat(rule).as("a rule for " + route).isNotNull();
        for (Caller caller : Caller.values()) {
            Call call = rule.call().apply(caller);
            ShopApi.Response response = send(api, route, call, fixtures.token(caller));
            int expected = rule.expected().get(caller);
            boolean answeredAsExpected = response.status() == expected
                    && (response.status() < 400 || isProblem(response));
            if (!answeredAsExpected) {
                wrong.add(route + " as " + caller + ": expected " + expected + ", got " + response.status() + " "
                        + response.header("Content-Type") + " " + response.raw().body());
            }
        }
    }

    private static ShopApi.Response send(ShopApi api, String route, Call call, String token) {
        String method = route.substring(0, route.indexOf(' '));
        return api.send(method, call.path(), token, call.body() == null ? null : JSON.writeValueAsString(call.body()),
                Map.of());
    }

    private static boolean isProblem(ShopApi.Response response) {
        String type = response.header("Content-Type");
        return type != null && type.startsWith("application/problem+json") && response.body() != null
                && response.body().path("status").asInt() == response.status() && response.body().has("code");
    }

    private static List<String> routes(ShopApi api) {
        List<String> routes = new ArrayList<>();
        ApiDescription.of(api).operations().forEach(operation -> routes.add(operation.route()));
        return routes;
    }
}
