package com.example.shop.e2e;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Following an order as it happens, through the gateway: Server-Sent Events until the order has ended. */
@WholeSystemTest
class OrderUpdatesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Client admin;
    private Client customer;

    @BeforeEach
    void signIn() {
        ShopApi gateway = ShopSystem.get().gateway();
        admin = Client.admin(gateway);
        customer = Client.newCustomer(gateway);
    }

    @Test
    void aFollowedOrderIsToldOfItsChangesUntilItHasEndedAndThenTheStreamCloses() {
        UUID plate = admin.createProduct("Updates plate", "8.00", 10);
        UUID bowl = admin.createProduct("Updates bowl", "6.00", 10);
        UUID orderId = customer.order(List.of(line(plate, 1), line(bowl, 2)));
        customer.await("/api/orders/" + orderId, order -> true);

        ShopApi.Response stream = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> customer.get("/api/orders/" + orderId + "/updates"), "the stream ends by itself");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        List<JsonNode> updates = orderEvents(stream.raw().body());
        assertThat(updates).isNotEmpty();
        JsonNode last = updates.get(updates.size() - 1);
        assertThat(last.get("order").get("id").asString()).isEqualTo(orderId.toString());
        assertThat(last.get("order").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(last.get("timeline").get("steps").valueStream().map(step -> step.get("type").asString()))
                .as("told until its last steps are in").containsSubsequence("OrderPlaced", "OrderConfirmed")
                .filteredOn("StockCommitted"::equals).hasSize(2);
        assertThat(updates).extracting(update -> update.get("timeline").get("steps").size())
                .as("the story only grows").isSorted();
    }

    @Test
    void somebodyElsesOrderCannotBeFollowed() {
        UUID cup = admin.createProduct("Updates cup", "3.00", 5);
        UUID orderId = customer.order(List.of(line(cup, 1)));
        customer.awaitOrder(orderId, "CONFIRMED");

        ShopApi.Response refused = Client.newCustomer(ShopSystem.get().gateway())
                .get("/api/orders/" + orderId + "/updates");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
    }

    /** The data of each {@code order} event of a text/event-stream. */
    private static List<JsonNode> orderEvents(String stream) {
        return Arrays.stream(stream.split("\n\n"))
                .filter(event -> event.startsWith("event:order\n"))
                .map(event -> event.lines().filter(line -> line.startsWith("data:"))
                        .map(line -> line.substring("data:".length())).reduce("", String::concat))
                .map(JSON::readTree)
                .toList();
    }
}
