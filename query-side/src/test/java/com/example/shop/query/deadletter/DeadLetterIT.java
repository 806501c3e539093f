package com.example.shop.query.deadletter;

import com.example.shop.query.support.PoisonedProduct;
import com.example.shop.query.support.QuerySideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison event (a handler that always fails on it) parks only its own sequence: the other orders keep being
 * projected, an admin sees what is parked and why, and once the cause is fixed a retry projects it correctly.
 */
class DeadLetterIT extends QuerySideIT {

    private static final List<String> READ_MODELS = List.of("catalog", "order-timeline", "orders");

    @AfterEach
    void cure() {
        PoisonedProduct.cure();
    }

    @Test
    void onlyThePoisonedOrdersSequenceIsParkedOtherOrdersFlowAndAnAdminsRetryProjectsItOnceFixed() {
        String customer = TestTokens.user(UUID.randomUUID());
        UUID everyday = createProduct("Everyday Mug", "5.00", 100);
        UUID lamp = createProduct("Poisoned Lamp", "20.00", 10);
        awaitAnswer("/api/products/" + lamp, null, product -> product.get("availableStock").asInt() == 10);
        PoisonedProduct.poison(lamp);

        UUID before = placeOrder(customer, List.of(line(everyday, 1)));
        awaitOrderStatus(before, customer, "CONFIRMED");
        UUID poisoned = placeOrder(customer, List.of(line(lamp, 2)));
        UUID after = placeOrder(customer, List.of(line(everyday, 1)));

        // the orders around the poisoned one flow through every read model
        awaitOrderStatus(after, customer, "CONFIRMED");
        awaitAnswer("/api/orders/" + after + "/timeline", customer, timeline -> timeline.get("steps").size() >= 3);
        awaitAnswer("/api/products/" + everyday, null, product -> product.get("availableStock").asInt() == 98);
        // the poisoned order's whole story is parked in each read model, its product's stock steps in the catalog
        JsonNode parked = awaitParked(letters -> types(letters, "orders", poisoned.toString())
                .equals(List.of("OrderPlacedEvent", "OrderConfirmedEvent"))
                && types(letters, "catalog", lamp.toString()).equals(List.of("StockReservedEvent", "StockCommittedEvent"))
                && types(letters, "order-timeline", poisoned.toString()).containsAll(List.of("OrderPlacedEvent",
                "StockReservedEvent", "OrderConfirmedEvent", "StockCommittedEvent")));
        awaitReadModelsCaughtUp();
        JsonNode first = processor(parked, "orders").get("events").get(0);
        assertThat(first.get("causeType").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(first.get("causeMessage").asString()).contains("poisoned for the test");
        assertThat(first.get("eventId").asString()).isNotBlank();
        assertThat(first.get("position").asLong()).isPositive();
        assertThat(first.get("enqueuedAt").asString()).isNotBlank();
        assertThat(first.get("retries").asLong()).isZero();
        assertThat(READ_MODELS).allSatisfy(name -> assertThat(processor(parked, name).get("sequences").asLong())
                .as(name).isEqualTo(1));
        assertThat(queries.send("GET", "/api/orders/" + poisoned, customer, null, Map.of()).status()).isEqualTo(404);
        assertThat(awaitAnswer("/api/products/" + lamp, null, product -> true).get("availableStock").asInt())
                .isEqualTo(10);
        assertThat(processors()).allSatisfy(processor -> assertThat(processor.get("parked").asLong()).isPositive());

        // while the cause is still there, a retry leaves the sequence parked and counts the attempt
        JsonNode failed = retry("orders");
        assertThat(failed.get("succeeded").asLong()).isZero();
        assertThat(failed.get("stillParked").asLong()).isEqualTo(1);
        assertThat(processor(deadLetters(), "orders").get("events").get(0).get("retries").asLong()).isEqualTo(1);

        PoisonedProduct.cure();
        for (String name : READ_MODELS) {
            JsonNode outcome = retry(name);
            assertThat(outcome.get("retried").asLong()).as(name).isEqualTo(1);
            assertThat(outcome.get("succeeded").asLong()).as(name).isEqualTo(1);
            assertThat(outcome.get("stillParked").asLong()).as(name).isZero();
        }

        JsonNode order = awaitOrderStatus(poisoned, customer, "CONFIRMED");
        assertThat(order.get("lines").get(0).get("productName").asString()).isEqualTo("Poisoned Lamp");
        assertThat(order.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(order.get("total").get("amount").asString()).isEqualTo("40.00");
        JsonNode timeline = awaitAnswer("/api/orders/" + poisoned + "/timeline", customer,
                t -> t.get("status").asString().equals("CONFIRMED") && t.get("steps").size() == 4);
        assertThat(timeline.get("steps").findValuesAsString("type"))
                .containsExactly("OrderPlaced", "StockReserved", "OrderConfirmed", "StockCommitted");
        assertThat(awaitAnswer("/api/products/" + lamp, null, product -> true).get("availableStock").asInt())
                .isEqualTo(8);
        assertThat(deadLetters()).allSatisfy(processor -> assertThat(processor.get("events")).isEmpty());
        assertThat(processors()).allSatisfy(processor -> assertThat(processor.get("parked").asLong()).isZero());
    }

    @Test
    void retryingAnUnknownProcessorAnswers404WithAProblemDocument() {
        ShopApi.Response response = queries.send("POST", "/api/admin/dead-letters/no-such-model/retry", admin, null,
                Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body().get("code").asString()).isEqualTo("READ_MODEL_NOT_FOUND");
    }

    @Test
    void onlyAdminsSeeOrRetryParkedEvents() {
        String user = TestTokens.user(UUID.randomUUID());

        assertThat(queries.send("GET", "/api/admin/dead-letters", user, null, Map.of()).status()).isEqualTo(403);
        assertThat(queries.send("POST", "/api/admin/dead-letters/orders/retry", user, null, Map.of()).status())
                .isEqualTo(403);
        assertThat(queries.send("GET", "/api/admin/dead-letters", null, null, Map.of()).status()).isEqualTo(401);
    }

    private JsonNode awaitParked(java.util.function.Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(this::deadLetters, until);
    }

    private JsonNode deadLetters() {
        ShopApi.Response response = queries.send("GET", "/api/admin/dead-letters", admin, null, Map.of());
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body();
    }

    private JsonNode processors() {
        return queries.send("GET", "/api/admin/processors", admin, null, Map.of()).body();
    }

    private JsonNode retry(String processor) {
        ShopApi.Response response = queries.send("POST", "/api/admin/dead-letters/" + processor + "/retry", admin,
                null, Map.of());
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode processor(JsonNode deadLetters, String name) {
        for (JsonNode processor : deadLetters) {
            if (processor.get("processor").asString().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name + " in " + deadLetters);
    }

    private static List<String> types(JsonNode deadLetters, String processor, String sequence) {
        List<String> types = new ArrayList<>();
        for (JsonNode event : processor(deadLetters, processor).get("events")) {
            if (event.get("sequence").asString().equals(sequence)) {
                types.add(event.get("eventType").asString());
            }
        }
        return types;
    }
}
