package com.example.shop.gateway.routing;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.gateway.support.NotificationStub;
import com.example.shop.testsupport.ShopApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each call reaches the service that answers it, with the caller's token, and comes back unchanged. */
class RoutingIT extends GatewayIT {

    private final NotificationStub notifications = NotificationStub.instance();

    @AfterEach
    void repair() {
        notifications.broken(false);
    }

    @Test
    void writesGoToCommandSideAndReadsToQuerySide() {
        String admin = adminToken();
        ShopApi.Response created = gateway.post("/api/products", admin, Map.of("sku", "ROUTE-" + UUID.randomUUID(),
                "name", "Routed Mug", "description", "through the gateway",
                "price", Map.of("amount", "4.50", "currency", "EUR"), "initialStock", 3));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/products/");
        String id = created.body().get("id").asString();

        // The catalog learns of the product and of its stock from two events, so it may show one before the other.
        ShopApi.Response read = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.send("GET", "/api/products/" + id, null, null, Map.of()),
                        response -> response.status() == 200 && response.body().get("availableStock").asInt() == 3);

        assertThat(read.body().get("name").asString()).isEqualTo("Routed Mug");
        assertThat(read.body().get("price").get("amount").asString()).isEqualTo("4.50");
    }

    @Test
    void theServiceReceivesTheCallersTokenPathAndQuery() {
        TestUser user = newUser();
        int before = notifications.received().size();

        ShopApi.Response response = gateway.send("GET", "/api/notifications?orderId=42&page=1", user.token(), null,
                Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("totalItems").asInt()).isZero();
        NotificationStub.Received received = notifications.received().get(before);
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.pathAndQuery()).isEqualTo("/api/notifications?orderId=42&page=1");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + user.token());
    }

    @Test
    void anAnonymousCallIsRefusedAtTheEdgeAndNeverForwarded() {
        int before = notifications.received().size();

        ShopApi.Response response = gateway.send("GET", "/api/notifications", null, null, Map.of());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.body().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(notifications.received()).hasSize(before);
    }

    @Test
    void aServiceThatFailsToAnswerGives503ProblemDocument() {
        TestUser user = newUser();
        notifications.broken(true);

        ShopApi.Response response = gateway.send("GET", "/api/notifications", user.token(), null, Map.of());

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
    }

    @Test
    void aPathNoRuleNamesIsRefused() {
        TestUser user = newUser();

        assertThat(gateway.send("GET", "/api/unknown", null, null, Map.of()).status()).isEqualTo(401);
        assertThat(gateway.send("GET", "/api/unknown", user.token(), null, Map.of()).status()).isEqualTo(403);
        assertThat(gateway.send("DELETE", "/api/orders/" + UUID.randomUUID(), adminToken(), null, Map.of()).status())
                .isEqualTo(403);
    }
}
