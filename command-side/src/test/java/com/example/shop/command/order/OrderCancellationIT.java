package com.example.shop.command.order;

import com.example.shop.command.support.CommandSideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Customers cancel their own orders; the stock comes back; nobody cancels somebody else's. */
class OrderCancellationIT extends CommandSideIT {

    private final UUID customerId = UUID.randomUUID();
    private final String customer = TestTokens.user(customerId);

    @Test
    void cancellingAConfirmedOrderPutsItsUnitsBackOnHand() {
        UUID productId = createProduct("8.00", 5);
        UUID orderId = placeOrder(customer, List.of(line(productId, 3)));
        assertThat(awaitOutcome(orderId).type()).isEqualTo("OrderConfirmedEvent");
        await().atMost(Duration.ofSeconds(10)).until(() -> stockOf(productId).onHand() == 2);

        ShopApi.Response cancelled = api.post("/api/orders/" + orderId + "/cancel", customer, null);

        assertThat(cancelled.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(stockOf(productId).onHand()).isEqualTo(5);
            assertThat(stockOf(productId).reserved()).isZero();
        });
        assertThat(events.typesOf(orderId)).endsWith("OrderCancelledEvent");
        assertThat(events.inventoryTypesOf(productId)).containsOnlyOnce("StockReturnedEvent");
    }

    @Test
    void aCancelledOrderCannotBeCancelledAgain() {
        UUID orderId = confirmedOrder();
        api.post("/api/orders/" + orderId + "/cancel", customer, null);

        ShopApi.Response again = api.post("/api/orders/" + orderId + "/cancel", customer, null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asString()).isEqualTo("ORDER_NOT_CANCELLABLE");
    }

    @Test
    void aRejectedOrderCannotBeCancelled() {
        UUID productId = createProduct("8.00", 1);
        UUID orderId = placeOrder(customer, List.of(line(productId, 2)));
        assertThat(awaitOutcome(orderId).type()).isEqualTo("OrderRejectedEvent");

        ShopApi.Response cancel = api.post("/api/orders/" + orderId + "/cancel", customer, null);

        assertThat(cancel.status()).isEqualTo(409);
    }

    @Test
    void anotherCustomersOrderAnswersNotFoundAndStaysAsItWas() {
        UUID orderId = confirmedOrder();

        ShopApi.Response cancel = api.post("/api/orders/" + orderId + "/cancel",
                TestTokens.user(UUID.randomUUID()), null);

        assertThat(cancel.status()).isEqualTo(404);
        assertThat(cancel.body().get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(events.typesOf(orderId)).doesNotContain("OrderCancelledEvent");
    }

    @Test
    void anAdminMayCancelAnyOrder() {
        UUID orderId = confirmedOrder();

        ShopApi.Response cancel = api.post("/api/orders/" + orderId + "/cancel", admin, null);

        assertThat(cancel.status()).isEqualTo(202);
        assertThat(events.typesOf(orderId)).endsWith("OrderCancelledEvent");
    }

    @Test
    void anUnknownOrderAnswersNotFound() {
        ShopApi.Response cancel = api.post("/api/orders/" + UUID.randomUUID() + "/cancel", customer, null);

        assertThat(cancel.status()).isEqualTo(404);
        assertThat(cancel.body().get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
    }

    private UUID confirmedOrder() {
        UUID productId = createProduct("8.00", 5);
        UUID orderId = placeOrder(customer, List.of(line(productId, 1)));
        assertThat(awaitOutcome(orderId).type()).isEqualTo("OrderConfirmedEvent");
        return orderId;
    }
}
