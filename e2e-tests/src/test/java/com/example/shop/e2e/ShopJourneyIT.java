package com.example.shop.e2e;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What customers and admins do, through the gateway only, against the whole running system. */
@WholeSystemTest
class ShopJourneyIT {

    private ShopApi gateway;
    private Client admin;
    private Client customer;

    @BeforeEach
    void signIn() {
        gateway = ShopSystem.get().gateway();
        admin = Client.admin(gateway);
        customer = Client.newCustomer(gateway);
    }

    @Test
    void aCustomerOrdersAvailableStockAndTheOrderIsConfirmed() {
        UUID mug = admin.createProduct("Journey Mug", "12.50", 10);

        UUID orderId = customer.order(List.of(line(mug, 3)));

        JsonNode order = customer.awaitOrder(orderId, "CONFIRMED");
        assertThat(order.get("total").get("amount").asString()).isEqualTo("37.50");
        customer.awaitAvailableStock(mug, 7);
    }

    @Test
    void anOrderBeyondTheStockIsRejectedAsOutOfStock() {
        UUID lamp = admin.createProduct("Journey Lamp", "40.00", 2);

        UUID orderId = customer.order(List.of(line(lamp, 5)));

        assertThat(customer.awaitOrder(orderId, "REJECTED").get("rejectionReason").asString())
                .isEqualTo("OUT_OF_STOCK");
    }

    @Test
    void aTwoLineOrderWithOneFailingLineIsRejectedAndTheOtherProductsStockIsBack() {
        UUID plenty = admin.createProduct("Journey Plenty", "5.00", 10);
        UUID scarce = admin.createProduct("Journey Scarce", "9.00", 1);

        UUID orderId = customer.order(List.of(line(plenty, 4), line(scarce, 2)));

        customer.awaitOrder(orderId, "REJECTED");
        customer.awaitAvailableStock(plenty, 10);
        assertThat(customer.availableStock(scarce)).isEqualTo(1);
    }

    @Test
    void cancellingAConfirmedOrderPutsItsStockBack() {
        UUID kettle = admin.createProduct("Journey Kettle", "30.00", 5);
        UUID orderId = customer.order(List.of(line(kettle, 2)));
        customer.awaitOrder(orderId, "CONFIRMED");
        customer.awaitAvailableStock(kettle, 3);

        assertThat(customer.post("/api/orders/" + orderId + "/cancel", null).status()).isEqualTo(202);

        customer.awaitOrder(orderId, "CANCELLED");
        customer.awaitAvailableStock(kettle, 5);
    }

    @Test
    void aDiscontinuedProductCannotBeOrdered() {
        UUID vase = admin.createProduct("Journey Vase", "15.00", 5);
        assertThat(admin.delete("/api/products/" + vase).status()).isEqualTo(204);

        ShopApi.Response order = customer.post("/api/orders", Map.of("lines", List.of(line(vase, 1))));

        assertThat(order.status()).isEqualTo(422);
        assertThat(order.body().get("code").asString()).isEqualTo("PRODUCT_DISCONTINUED");
    }

    @Test
    void anotherCustomersOrderIsNotFound() {
        UUID mug = admin.createProduct("Journey Private Mug", "3.00", 5);
        UUID orderId = customer.order(List.of(line(mug, 1)));
        customer.awaitOrder(orderId, "CONFIRMED");

        Client stranger = Client.newCustomer(gateway);

        assertThat(stranger.get("/api/orders/" + orderId).status()).isEqualTo(404);
        assertThat(stranger.get("/api/orders/" + orderId + "/timeline").status()).isEqualTo(404);
        assertThat(stranger.post("/api/orders/" + orderId + "/cancel", null).status()).isEqualTo(404);
    }

    @Test
    void theTimelineTellsTheSagasSteps() {
        UUID mug = admin.createProduct("Journey Story Mug", "4.00", 10);
        UUID lamp = admin.createProduct("Journey Story Lamp", "25.00", 3);
        UUID orderId = customer.order(List.of(line(mug, 2), line(lamp, 5)));

        JsonNode timeline = customer.await("/api/orders/" + orderId + "/timeline",
                t -> t.get("status").asString().equals("REJECTED"));

        assertThat(timeline.get("steps").findValuesAsString("type")).containsExactly(
                "OrderPlaced", "StockReserved", "StockReservationRejected", "StockReleased", "OrderRejected");
    }

    @Test
    void customersSeeTheNotificationsOfTheirOrders() {
        UUID mug = admin.createProduct("Journey Mail Mug", "4.00", 10);
        UUID orderId = customer.order(List.of(line(mug, 1)));
        customer.awaitOrder(orderId, "CONFIRMED");

        // The outbox records the notification as PENDING first; the sender marks it when it went out.
        JsonNode notifications = customer.await("/api/notifications?orderId=" + orderId,
                page -> page.get("totalItems").asInt() == 1
                        && !page.get("items").get(0).get("status").asString().equals("PENDING"));

        JsonNode notification = notifications.get("items").get(0);
        assertThat(notification.get("subject").asString()).contains("confirmed");
        assertThat(notification.get("status").asString()).isIn("LOGGED", "SENT");
        assertThat(Client.newCustomer(gateway).get("/api/notifications?orderId=" + orderId).body()
                .get("totalItems").asInt()).isZero();
    }

    @Test
    void replayingEachReadModelGivesTheSameAnswers() {
        UUID mug = admin.createProduct("Journey Replay Mug", "4.00", 10);
        UUID orderId = customer.order(List.of(line(mug, 2)));
        customer.awaitOrder(orderId, "CONFIRMED");
        customer.awaitAvailableStock(mug, 8);
        // The saga commits the stock after confirming: the story is complete with that step.
        JsonNode timeline = customer.await("/api/orders/" + orderId + "/timeline",
                t -> t.get("steps").findValuesAsString("type").contains("StockCommitted"));
        JsonNode order = customer.get("/api/orders/" + orderId).body();
        JsonNode product = customer.get("/api/products/" + mug).body();
        JsonNode myOrders = customer.get("/api/orders").body();

        for (String readModel : List.of("orders", "catalog", "order-timeline")) {
            assertThat(admin.post("/api/admin/processors/" + readModel + "/replay", null).status()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode processors = admin.get("/api/admin/processors").body();
            return processors.findValues("replaying").stream().noneMatch(JsonNode::asBoolean);
        });

        assertThat(customer.get("/api/orders/" + orderId).body()).isEqualTo(order);
        assertThat(customer.get("/api/orders/" + orderId + "/timeline").body()).isEqualTo(timeline);
        assertThat(customer.get("/api/products/" + mug).body()).isEqualTo(product);
        assertThat(customer.get("/api/orders").body()).isEqualTo(myOrders);
    }
}
