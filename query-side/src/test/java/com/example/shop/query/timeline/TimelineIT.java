package com.example.shop.query.timeline;

import com.example.shop.query.support.QuerySideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline tells an order's story, step by step, from the events its saga caused. */
class TimelineIT extends QuerySideIT {

    private final String customer = TestTokens.user(UUID.randomUUID());

    @Test
    void aRejectedMultiLineOrderShowsPlacedEachReservationTheRefusalTheReleaseAndTheRejection() {
        UUID mug = createProduct("Yellow Mug", "4.00", 10);
        UUID lamp = createProduct("Desk Lamp", "25.00", 3);
        UUID orderId = placeOrder(customer, List.of(line(mug, 2), line(lamp, 5)));

        JsonNode timeline = awaitAnswer("/api/orders/" + orderId + "/timeline", customer,
                t -> t.get("status").asString().equals("REJECTED"));

        assertThat(timeline.get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(timeline.get("steps").findValuesAsString("type")).containsExactly(
                "OrderPlaced", "StockReserved", "StockReservationRejected", "StockReleased", "OrderRejected");
        assertThat(timeline.get("steps").findValuesAsString("details")).containsExactly(
                "placed: 2 × Yellow Mug at 4.00 EUR, 5 × Desk Lamp at 25.00 EUR; total 133.00 EUR",
                "reserved 2 of Yellow Mug",
                "could not reserve 5 of Desk Lamp: OUT_OF_STOCK, requested 5, available 3",
                "released 2 of Yellow Mug",
                "rejected: OUT_OF_STOCK: requested 5 of product " + lamp + ", available 3");
        assertThat(timeline.get("steps").get(1).get("source").asString()).isEqualTo("Inventory inventory-" + mug);
        assertThat(timeline.get("steps").get(0).get("source").asString()).isEqualTo("Order " + orderId);
        assertThat(timeline.get("steps").get(0).get("at").asString()).endsWith("Z");
    }

    @Test
    void aConfirmedOrderShowsTheSaleOfEveryLine() {
        UUID mug = createProduct("White Mug", "4.00", 10);
        UUID orderId = placeOrder(customer, List.of(line(mug, 2)));

        JsonNode timeline = awaitAnswer("/api/orders/" + orderId + "/timeline", customer,
                t -> t.get("steps").size() == 4);

        assertThat(timeline.get("steps").findValuesAsString("type"))
                .containsExactly("OrderPlaced", "StockReserved", "OrderConfirmed", "StockCommitted");
        assertThat(timeline.get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void somebodyElsesTimelineIsNotFound() {
        UUID mug = createProduct("Black Mug", "4.00", 10);
        UUID orderId = placeOrder(customer, List.of(line(mug, 1)));
        awaitAnswer("/api/orders/" + orderId + "/timeline", customer, t -> true);

        ShopApi.Response stranger = queries.send("GET", "/api/orders/" + orderId + "/timeline",
                TestTokens.user(UUID.randomUUID()), null, Map.of());
        ShopApi.Response anAdmin = queries.send("GET", "/api/orders/" + orderId + "/timeline", admin, null, Map.of());

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(anAdmin.status()).isEqualTo(200);
    }
}
