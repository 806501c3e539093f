package com.example.shop.reliability.access;

import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.EventLog;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each token attack (none, alg none, another key, tampered payload, expired, wrong issuer, unknown kid) is
 * refused with 401 and a problem document, by the gateway and by every service called around it; a forged
 * write stores nothing.
 */
@WholeSystemTest
class TokenAttacksIT {

    /** A protected route of each place a token is checked. */
    enum Target {
        GATEWAY_OWN("GET", "/api/users/me", null),
        GATEWAY_ROUTED("GET", "/api/orders", null),
        COMMAND_SIDE("POST", "/api/products", """
                {"sku":"FORGED-%s","name":"Forged","price":{"amount":"1.00","currency":"EUR"}}"""),
        QUERY_SIDE("GET", "/api/orders", null),
        NOTIFICATION_HANDLER("GET", "/api/notifications", null);

        private final String method;
        private final String path;
        private final String body;

        Target(String method, String path, String body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        ShopApi.Response call(ShopSystem shop, String token) {
            ShopApi api = switch (this) {
                case GATEWAY_OWN, GATEWAY_ROUTED -> shop.gateway();
                case COMMAND_SIDE -> shop.direct(Service.COMMAND_SIDE);
                case QUERY_SIDE -> shop.direct(Service.QUERY_SIDE);
                case NOTIFICATION_HANDLER -> shop.direct(Service.NOTIFICATION_HANDLER);
            };
            return api.send(method, path, token, body == null ? null : body.formatted(UUID.randomUUID()), Map.of());
        }
    }

    record Attack(String name, Function<Forgery, String> token) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ShopSystem shop;
    private static Forgery forgery;

    @BeforeAll
    static void forgeFromARealAdmin() {
        shop = ReliabilitySystem.get();
        // An admin's token, so that the faithful copy may write: a refusal then comes from the flaw, not the role.
        forgery = Forgery.of(Client.admin(shop.gateway()).token(), shop.gatewayKeyDirectory());
    }

    static Stream<Attack> attacks() {
        return Stream.of(
                new Attack("no token", forge -> null),
                new Attack("alg none", Forgery::algNone),
                new Attack("signed with another key under the real kid", Forgery::signedWithAnotherKey),
                new Attack("tampered payload (another subject)", Forgery::tamperedSubject),
                new Attack("expired", Forgery::expired),
                new Attack("wrong issuer", Forgery::wrongIssuer),
                new Attack("unknown kid", Forgery::unknownKid));
    }

    static Stream<Arguments> everyAttackOnEveryTarget() {
        return attacks().flatMap(attack -> Stream.of(Target.values()).map(target -> arguments(attack, target)));
    }

    @ParameterizedTest(name = "{0} at {1} is refused with 401 and a problem document")
    @MethodSource("everyAttackOnEveryTarget")
    void isRefusedWith401AndAProblemDocument(Attack attack, Target target) {
        int productsBefore = EventLog.events("ProductCreatedEvent").size();

        ShopApi.Response response = target.call(shop, attack.token().apply(forgery));

        assertThat(response.status()).as(response.raw().body()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(401);
        assertThat(response.body().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(EventLog.events("ProductCreatedEvent")).as("nothing stored").hasSize(productsBefore);
    }

    @Test
    void theFaithfulCopyOfTheForgedTokenIsAcceptedEverywhere() {
        String faithful = forgery.faithful();

        for (Target target : Target.values()) {
            ShopApi.Response response = target.call(shop, faithful);
            assertThat(response.status()).as(target + ": " + response.raw().body()).isBetween(200, 299);
        }
    }
}
