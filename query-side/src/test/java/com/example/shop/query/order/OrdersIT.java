package com.example.shop.query.order;

import com.example.shop.query.support.QuerySideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers see their own orders as the saga moves them on; nobody sees anybody else's. */
class OrdersIT extends QuerySideIT {

    private final UUID customerId = UUID.randomUUID();
    private final String customer = TestTokens.user(customerId);

    @Test
    void aConfirmedOrderShowsItsLinesPricesAndTotal() {
        UUID mug = createProduct("Green Mug", "12.50", 10);
        UUID orderId = placeOrder(customer, List.of(line(mug, 2)));

        JsonNode order = awaitOrderStatus(orderId, customer, "CONFIRMED");

        assertThat(order.get("customerId").asString()).isEqualTo(customerId.toString());
        assertThat(order.get("total").get("amount").asString()).isEqualTo("25.00");
        JsonNode line = order.get("lines").get(0);
        assertThat(line.get("productId").asString()).isEqualTo(mug.toString());
        assertThat(line.get("productName").asString()).isEqualTo("Green Mug");
        assertThat(line.get("quantity").asInt()).isEqualTo(2);
        assertThat(line.get("unitPrice").get("amount").asString()).isEqualTo("12.50");
        assertThat(order.get("rejectionReason").isNull()).isTrue();
        assertThat(order.get("createdAt").asString()).endsWith("Z");
    }

    @Test
    void aRejectedOrderSaysWhy() {
        UUID lamp = createProduct("Floor Lamp", "80.00", 1);
        UUID orderId = placeOrder(customer, List.of(line(lamp, 3)));

        JsonNode order = awaitOrderStatus(orderId, customer, "REJECTED");

        assertThat(order.get("rejectionReason").asString()).isEqualTo("OUT_OF_STOCK");
    }

    @Test
    void anotherCustomersOrderIsNotFoundButAnAdminSeesIt() {
        UUID mug = createProduct("Red Mug", "10.00", 10);
        UUID orderId = placeOrder(customer, List.of(line(mug, 1)));
        awaitOrderStatus(orderId, customer, "CONFIRMED");

        ShopApi.Response stranger = queries.send("GET", "/api/orders/" + orderId,
                TestTokens.user(UUID.randomUUID()), null, Map.of());
        ShopApi.Response anAdmin = queries.send("GET", "/api/orders/" + orderId, admin, null, Map.of());
        ShopApi.Response anonymous = queries.send("GET", "/api/orders/" + orderId, null, null, Map.of());

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body().get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(anAdmin.status()).isEqualTo(200);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void myOrdersAreListedNewestFirstAndCanBeFilteredByStatus() {
        UUID mug = createProduct("Grey Mug", "5.00", 2);
        UUID first = placeOrder(customer, List.of(line(mug, 1)));
        awaitOrderStatus(first, customer, "CONFIRMED");
        UUID second = placeOrder(customer, List.of(line(mug, 5)));
        awaitOrderStatus(second, customer, "REJECTED");
        UUID third = placeOrder(customer, List.of(line(mug, 1)));
        awaitOrderStatus(third, customer, "CONFIRMED");
        placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(mug, 1)));

        JsonNode all = awaitAnswer("/api/orders", customer, page -> page.get("totalItems").asInt() == 3);
        JsonNode confirmed = awaitAnswer("/api/orders?status=CONFIRMED&size=1", customer, page -> true);

        assertThat(all.get("items").findValuesAsString("id"))
                .containsExactly(third.toString(), second.toString(), first.toString());
        assertThat(confirmed.get("totalItems").asInt()).isEqualTo(2);
        assertThat(confirmed.get("items")).hasSize(1);
        assertThat(confirmed.get("items").get(0).get("id").asString()).isEqualTo(third.toString());
    }

    @Test
    void aCustomerCannotListSomebodyElsesOrdersButAnAdminCan() {
        UUID mug = createProduct("Pink Mug", "5.00", 5);
        UUID orderId = placeOrder(customer, List.of(line(mug, 1)));
        awaitOrderStatus(orderId, customer, "CONFIRMED");
        String stranger = TestTokens.user(UUID.randomUUID());

        JsonNode theirs = awaitAnswer("/api/orders?customerId=" + customerId, stranger, page -> true);
        JsonNode byAdmin = awaitAnswer("/api/orders?customerId=" + customerId, admin, page -> true);

        assertThat(theirs.get("totalItems").asInt()).isZero();
        assertThat(byAdmin.get("totalItems").asInt()).isEqualTo(1);
        assertThat(byAdmin.get("items").get(0).get("id").asString()).isEqualTo(orderId.toString());
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        ShopApi.Response response = queries.send("GET", "/api/orders?status=LOST", customer, null, Map.of());

        assertThat(response.status()).isEqualTo(400);
    }
}
