package com.example.shop.command.web;

import com.example.shop.command.support.CommandSideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's mistake gets a 4xx problem document that says what is wrong, and nothing is stored. */
class BadInputIT extends CommandSideIT {

    private final UUID customerId = UUID.randomUUID();
    private final String customer = TestTokens.user(customerId);

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"sku\":\"\",\"name\":\"Mug\",\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}",
            "{\"sku\":\"has space\",\"name\":\"Mug\",\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}",
            "{\"sku\":\"MUG\",\"name\":\"Mug\",\"price\":{\"amount\":\"-1.00\",\"currency\":\"EUR\"}}",
            "{\"sku\":\"MUG\",\"name\":\"Mug\",\"price\":{\"amount\":\"1.001\",\"currency\":\"EUR\"}}",
            "{\"sku\":\"MUG\",\"name\":\"Mug\",\"price\":{\"amount\":\"1.00\",\"currency\":\"euro\"}}",
            "{\"sku\":\"MUG\",\"name\":\"Mug\",\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"initialStock\":-1}",
            "{\"sku\":\"MUG\",\"name\":\"Mug\",\"price\":null}"})
    void invalidProductsAreRefusedWithTheFieldsThatAreWrong(String body) {
        long before = products();

        ShopApi.Response response = api.send("POST", "/api/products", admin, body, Map.of());

        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().get("errors").size()).isPositive();
        assertThat(response.body().get("errors").get(0).has("field")).isTrue();
        assertThat(products()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"sku\": ", "[]", "{\"sku\":\"MUG\",\"name\":\"Mug\",\"initialStock\":\"many\"}"})
    void unreadableBodiesAreRefusedAsMalformed(String body) {
        ShopApi.Response response = api.send("POST", "/api/products", admin, body, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void aBodyOfTheWrongContentTypeIsRefused() {
        ShopApi.Response response = api.send("POST", "/api/products", admin, "sku=MUG",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.body().has("code")).as(response.raw().body()).isTrue();
        assertThat(response.body().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void anOversizedNameIsRefused() {
        ShopApi.Response response = api.post("/api/products", admin, Map.of("sku", "BIG-" + UUID.randomUUID(),
                "name", "x".repeat(10_000), "price", Map.of("amount", "1.00", "currency", "EUR")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"lines\":[]}",
            "{}",
            "{\"lines\":[{\"productId\":\"%s\",\"quantity\":0}]}",
            "{\"lines\":[{\"productId\":\"%s\",\"quantity\":1001}]}",
            "{\"lines\":[{\"quantity\":1}]}",
            "{\"lines\":[null]}"})
    void invalidOrdersAreRefusedAndNoOrderIsPlaced(String template) {
        UUID productId = createProduct("1.00", 5);

        ShopApi.Response response = api.send("POST", "/api/orders", customer, template.formatted(productId), Map.of());

        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(ordersOfCustomer()).isZero();
    }

    @Test
    void aMalformedProductIdInAnOrderIsRefused() {
        ShopApi.Response response = api.send("POST", "/api/orders", customer,
                "{\"lines\":[{\"productId\":\"not-a-uuid\",\"quantity\":1}]}", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(ordersOfCustomer()).isZero();
    }

    @Test
    void anOverlongIdempotencyKeyIsRefused() {
        UUID productId = createProduct("1.00", 5);

        ShopApi.Response response = api.post("/api/orders", customer, Map.of("lines", List.of(line(productId, 1))),
                Map.of("Idempotency-Key", "k".repeat(201)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(ordersOfCustomer()).isZero();
    }

    @Test
    void fieldsTheClientMayNotSetAreIgnored() {
        UUID productId = createProduct("4.00", 5);
        UUID stranger = UUID.randomUUID();

        ShopApi.Response response = api.post("/api/orders", customer, Map.of(
                "id", UUID.randomUUID().toString(), "status", "CONFIRMED", "customerId", stranger.toString(),
                "lines", List.of(Map.of("productId", productId.toString(), "quantity", 1,
                        "unitPrice", Map.of("amount", "0.01", "currency", "EUR")))));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body().get("status").asString()).isEqualTo("PENDING");
        var placed = events.of(UUID.fromString(response.body().get("id").asString())).get(0).payload();
        assertThat(placed.get("customerId").asString()).isEqualTo(customerId.toString());
        assertThat(placed.get("lines").get(0).get("unitPrice").get("amount").decimalValue())
                .isEqualByComparingTo("4.00");
    }

    @Test
    void aMalformedIdInThePathIsRefused() {
        ShopApi.Response response = api.post("/api/orders/not-a-uuid/cancel", customer, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
    }

    private long products() {
        return events.count("SELECT count(*) FROM command_side.product_registry");
    }

    private long ordersOfCustomer() {
        return events.count("SELECT count(*) FROM events.DomainEventEntry WHERE type = 'Order' "
                + "AND convert_from(payload, 'UTF8') LIKE '%" + customerId + "%'");
    }
}
