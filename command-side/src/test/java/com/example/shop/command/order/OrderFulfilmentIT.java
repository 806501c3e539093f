package com.example.shop.command.order;

import com.example.shop.command.support.CommandSideIT;
import com.example.shop.command.support.EventLog.StoredEvent;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Orders placed over HTTP reach their outcome through the saga, with stock consistent afterwards. */
class OrderFulfilmentIT extends CommandSideIT {

    private final UUID customerId = UUID.randomUUID();
    private final String customer = TestTokens.user(customerId);

    @Test
    void confirmsAnOrderWhoseStockIsAvailableAndSellsTheUnits() {
        UUID mug = createProduct("12.50", 10);

        UUID orderId = placeOrder(customer, List.of(line(mug, 3)));

        assertThat(awaitOutcome(orderId).type()).isEqualTo("OrderConfirmedEvent");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(events.inventoryTypesOf(mug)).contains("StockCommittedEvent"));
        assertThat(stockOf(mug).onHand()).isEqualTo(7);
        assertThat(stockOf(mug).reserved()).isZero();
        StoredEvent placed = events.of(orderId).get(0);
        assertThat(placed.payload().get("total").get("amount").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(placed.payload().get("customerEmail").asString()).isEqualTo("user-" + customerId + "@example.com");
    }

    @Test
    void rejectsAnOrderBeyondTheStockWithOutOfStockAndHoldsNothing() {
        UUID lamp = createProduct("40.00", 2);

        UUID orderId = placeOrder(customer, List.of(line(lamp, 5)));

        StoredEvent outcome = awaitOutcome(orderId);
        assertThat(outcome.type()).isEqualTo("OrderRejectedEvent");
        assertThat(outcome.payload().get("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(outcome.payload().get("details").asString()).contains("requested 5", "available 2");
        assertThat(stockOf(lamp).available()).isEqualTo(2);
    }

    @Test
    void rejectsAMultiLineOrderWhenOneLineFailsAndGivesTheOtherLinesStockBack() {
        UUID plenty = createProduct("5.00", 10);
        UUID scarce = createProduct("9.00", 1);

        UUID orderId = placeOrder(customer, List.of(line(plenty, 4), line(scarce, 2)));

        StoredEvent outcome = awaitOutcome(orderId);
        assertThat(outcome.type()).isEqualTo("OrderRejectedEvent");
        assertThat(outcome.payload().get("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(events.inventoryTypesOf(plenty)).containsSubsequence("StockReservedEvent", "StockReleasedEvent");
        assertThat(stockOf(plenty).available()).isEqualTo(10);
        assertThat(stockOf(plenty).onHand()).isEqualTo(10);
        assertThat(stockOf(scarce).available()).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameOrderAndCreatesNothingNew() {
        UUID book = createProduct("20.00", 10);
        Map<String, Object> body = Map.of("lines", List.of(line(book, 1)));
        Map<String, String> key = Map.of("Idempotency-Key", "checkout-" + UUID.randomUUID());

        ShopApi.Response first = api.post("/api/orders", customer, body, key);
        ShopApi.Response retry = api.post("/api/orders", customer, body, key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        UUID orderId = UUID.fromString(first.body().get("id").asString());
        assertThat(retry.body().get("id").asString()).isEqualTo(orderId.toString());
        assertThat(retry.header("Location")).isEqualTo("/api/orders/" + orderId);
        assertThat(awaitOutcome(orderId).type()).isEqualTo("OrderConfirmedEvent");
        assertThat(events.typesOf(orderId)).containsOnlyOnce("OrderPlacedEvent");
        // The saga commits the reservation in the step after the confirmation.
        await().atMost(Duration.ofSeconds(10)).until(() -> stockOf(book).onHand() == 9);
        assertThat(events.inventoryTypesOf(book)).containsOnlyOnce("StockReservedEvent");
    }

    @Test
    void theSameKeyFromAnotherCustomerPlacesAnotherOrder() {
        UUID book = createProduct("20.00", 10);
        Map<String, Object> body = Map.of("lines", List.of(line(book, 1)));
        Map<String, String> key = Map.of("Idempotency-Key", "shared-" + UUID.randomUUID());

        ShopApi.Response mine = api.post("/api/orders", customer, body, key);
        ShopApi.Response theirs = api.post("/api/orders", TestTokens.user(UUID.randomUUID()), body, key);

        assertThat(mine.body().get("id").asString()).isNotEqualTo(theirs.body().get("id").asString());
    }
}
