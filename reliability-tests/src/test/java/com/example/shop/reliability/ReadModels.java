package com.example.shop.reliability;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the read models answer, taken through the API, and their rebuild from the first event. */
public final class ReadModels {

    private static final List<String> NAMES = List.of("catalog", "order-timeline", "orders");

    private ReadModels() {
    }

    /** Every answer about these orders and products: each order, its timeline, each product. */
    public static Map<String, JsonNode> answers(Client admin, Collection<UUID> orders, Collection<UUID> products) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (UUID order : orders) {
            answers.put("order " + order, ok(admin.get("/api/orders/" + order)));
            answers.put("timeline " + order, ok(admin.get("/api/orders/" + order + "/timeline")));
        }
        for (UUID product : products) {
            answers.put("product " + product, ok(admin.get("/api/products/" + product)));
        }
        return answers;
    }

    /** Waits until every read model is running, not replaying, and has handled the whole event log. */
    public static void awaitCaughtUp(Client admin) {
        await("every read model caught up").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    ShopApi.Response processors = admin.get("/api/admin/processors");
                    // the list holds every service's processors; the read models are query-side's
                    return processors.status() == 200 && processors.body().valueStream()
                            .filter(processor -> processor.get("service").asString().equals("query-side"))
                            .allMatch(readModel -> readModel.get("status").asString().equals("RUNNING")
                                    && readModel.get("lag").asLong() == 0);
                });
    }

    /** Rebuilds every read model from the first event and waits until the rebuilt ones answer. */
    public static void replayAllAndWait(Client admin) {
        for (String name : NAMES) {
            assertThat(admin.post("/api/admin/processors/" + name + "/replay", null).status()).isEqualTo(202);
        }
        await("every read model rebuilt").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get("/api/admin/processors").body().findValues("replaying").stream()
                        .noneMatch(JsonNode::asBoolean));
        awaitCaughtUp(admin);
    }

    private static JsonNode ok(ShopApi.Response response) {
        assertThat(response.status()).as(response.raw().uri().toString()).isEqualTo(200);
        return response.body();
    }
}
