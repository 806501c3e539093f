package com.example.shop.notification.log;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.notification.support.NotificationHandlerIT;
import com.example.shop.notification.support.OrderEvents.Customer;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static com.example.shop.notification.support.OrderEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/** The notification log over HTTP: customers see their own notifications, admins everyone's. */
class NotificationLogApiIT extends NotificationHandlerIT {

    private final Customer ada = Customer.fresh();
    private final Customer bob = Customer.fresh();
    private final UUID adasFirstOrder = UUID.randomUUID();
    private final UUID adasSecondOrder = UUID.randomUUID();
    private final UUID bobsOrder = UUID.randomUUID();

    @BeforeEach
    void threeOrdersOfTwoCustomers() {
        events.publish(adasFirstOrder, 0, confirmed(adasFirstOrder, ada, mugs(1)));
        awaitStatus(adasFirstOrder, OrderOutcome.CONFIRMED, NotificationStatus.SENT);
        events.publish(adasSecondOrder, 0, rejected(adasSecondOrder, ada, ErrorCode.TIMEOUT, mugs(2)));
        events.publish(bobsOrder, 0, confirmed(bobsOrder, bob, mugs(3)));
        awaitStatus(adasSecondOrder, OrderOutcome.REJECTED, NotificationStatus.SENT);
        awaitStatus(bobsOrder, OrderOutcome.CONFIRMED, NotificationStatus.SENT);
    }

    @Test
    void aCustomerSeesTheirOwnNotificationsNewestFirst() {
        ShopApi.Response response = get("/api/notifications", TestTokens.user(ada.id()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(orderIds(response)).containsExactly(adasSecondOrder.toString(), adasFirstOrder.toString());
        assertThat(response.body().get("totalItems").asLong()).isEqualTo(2);
        assertThat(response.body().get("page").asInt()).isZero();
        assertThat(response.body().get("size").asInt()).isEqualTo(20);

        JsonNode newest = response.body().get("items").get(0);
        assertThat(newest.get("id").asString()).isEqualTo(adasSecondOrder + ":REJECTED");
        assertThat(newest.get("customerId").asString()).isEqualTo(ada.id().toString());
        assertThat(newest.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(newest.get("recipient").asString()).isEqualTo(ada.email());
        assertThat(newest.get("subject").asString()).endsWith("could not be fulfilled");
        assertThat(newest.get("status").asString()).isEqualTo("SENT");
        assertThat(newest.get("attempts").asInt()).isEqualTo(1);
        assertThat(Instant.parse(newest.get("createdAt").asString())).isBefore(Instant.now());
    }

    @Test
    void anotherCustomerSeesNoneOfThem() {
        ShopApi.Response bobs = get("/api/notifications", TestTokens.user(bob.id()));
        ShopApi.Response strangers = get("/api/notifications", TestTokens.user(UUID.randomUUID()));
        ShopApi.Response bobAsksForAdasOrder = get("/api/notifications?orderId=" + adasFirstOrder,
                TestTokens.user(bob.id()));

        assertThat(orderIds(bobs)).containsExactly(bobsOrder.toString());
        assertThat(orderIds(strangers)).isEmpty();
        assertThat(strangers.body().get("totalItems").asLong()).isZero();
        assertThat(bobAsksForAdasOrder.status()).isEqualTo(200);
        assertThat(orderIds(bobAsksForAdasOrder)).isEmpty();
    }

    @Test
    void anAdminSeesEveryonesNotifications() {
        ShopApi.Response response = get("/api/notifications?size=100", TestTokens.admin(UUID.randomUUID()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(orderIds(response)).contains(adasFirstOrder.toString(), adasSecondOrder.toString(),
                bobsOrder.toString());
        assertThat(response.body().get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theLogCanBeFilteredByOrder() {
        ShopApi.Response admins = get("/api/notifications?orderId=" + bobsOrder, TestTokens.admin(UUID.randomUUID()));
        ShopApi.Response adas = get("/api/notifications?orderId=" + adasFirstOrder, TestTokens.user(ada.id()));

        assertThat(orderIds(admins)).containsExactly(bobsOrder.toString());
        assertThat(orderIds(adas)).containsExactly(adasFirstOrder.toString());
    }

    @Test
    void theLogIsReadPageByPage() {
        ShopApi.Response second = get("/api/notifications?page=1&size=1", TestTokens.user(ada.id()));

        assertThat(orderIds(second)).containsExactly(adasFirstOrder.toString());
        assertThat(second.body().get("page").asInt()).isEqualTo(1);
        assertThat(second.body().get("size").asInt()).isEqualTo(1);
        assertThat(second.body().get("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void anonymousCallersAreRefusedWith401() {
        ShopApi.Response response = get("/api/notifications", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "page=abc", "orderId=not-a-uuid"})
    void badPagingOrFilterIsRefusedWithAProblemDocument(String query) {
        ShopApi.Response response = get("/api/notifications?" + query, TestTokens.user(ada.id()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("code").asString()).isIn("VALIDATION_FAILED", "MALFORMED_REQUEST");
        assertThat(response.body().get("detail").asString()).isNotBlank();
    }

    @Test
    void healthIsUpForAnyone() {
        ShopApi.Response health = get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
    }

    private ShopApi.Response get(String path, String token) {
        return api.send("GET", path, token, null, Map.of());
    }

    private static List<String> orderIds(ShopApi.Response response) {
        return StreamSupport.stream(response.body().get("items").spliterator(), false)
                .map(item -> item.get("orderId").asString())
                .toList();
    }
}
