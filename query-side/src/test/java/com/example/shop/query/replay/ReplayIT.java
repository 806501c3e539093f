package com.example.shop.query.replay;

import com.example.shop.query.support.QuerySideIT;
import com.example.shop.query.support.ReadModelSnapshot;
import com.example.shop.query.support.ProjectionGate;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read model can be rebuilt from the first event while the service keeps answering: queries read the
 * last complete generation until the rebuilt one has caught up, and the rebuilt one is identical.
 */
class ReplayIT extends QuerySideIT {

    private static final List<String> READ_MODELS = List.of("catalog", "order-timeline", "orders");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MongoTemplate mongo;

    @AfterEach
    void fullSpeed() {
        ProjectionGate.open();
    }

    @Test
    void rebuildingEveryReadModelGivesTheSameModelsWhileQueriesKeepAnswering() {
        Activity activity = shopActivity();
        awaitReadModelsCaughtUp();
        ReadModelSnapshot before = ReadModelSnapshot.take(jdbc, mongo);
        int ordersGeneration = ReadModelSnapshot.active(jdbc, "orders");
        JsonNode order = get("/api/orders/" + activity.confirmedOrder(), activity.customer()).body();
        JsonNode product = get("/api/products/" + activity.product(), null).body();
        JsonNode timeline = get("/api/orders/" + activity.confirmedOrder() + "/timeline", activity.customer()).body();

        ProjectionGate.close();
        READ_MODELS.forEach(name -> assertThat(post("/api/admin/processors/" + name + "/replay").status())
                .isEqualTo(202));

        JsonNode during = get("/api/admin/processors", admin).body();
        assertThat(during.findValuesAsString("name")).containsExactlyElementsOf(READ_MODELS);
        assertThat(during.findValues("replaying")).allSatisfy(replaying -> assertThat(replaying.asBoolean()).isTrue());
        assertThat(during.findValuesAsString("status")).containsOnly("REPLAYING");
        assertThat(get("/api/orders/" + activity.confirmedOrder(), activity.customer()).body()).isEqualTo(order);
        assertThat(get("/api/products/" + activity.product(), null).body()).isEqualTo(product);
        assertThat(get("/api/orders/" + activity.confirmedOrder() + "/timeline", activity.customer()).body())
                .isEqualTo(timeline);
        assertThat(post("/api/admin/processors/orders/replay").status()).isEqualTo(409);

        ProjectionGate.open();
        awaitReadModelsCaughtUp();

        assertThat(ReadModelSnapshot.active(jdbc, "orders")).isEqualTo(ordersGeneration + 1);
        assertThat(ReadModelSnapshot.take(jdbc, mongo)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM order_view WHERE generation = :g")
                .param("g", ordersGeneration).query(Long.class).single()).isZero();
        assertThat(mongo.collectionExists("catalog_g" + (ReadModelSnapshot.active(jdbc, "catalog") - 1))).isFalse();
        JsonNode after = get("/api/admin/processors", admin).body();
        assertThat(after.findValuesAsString("status")).containsOnly("RUNNING");
        assertThat(after.findValues("lag")).allSatisfy(lag -> assertThat(lag.asLong()).isZero());
    }

    @Test
    void onlyAdminsMayWatchOrReplayAndUnknownModelsAreNotFound() {
        String user = TestTokens.user(UUID.randomUUID());

        assertThat(queries.send("GET", "/api/admin/processors", user, null, Map.of()).status()).isEqualTo(403);
        assertThat(queries.send("POST", "/api/admin/processors/orders/replay", user, null, Map.of()).status())
                .isEqualTo(403);
        assertThat(queries.send("GET", "/api/admin/processors", null, null, Map.of()).status()).isEqualTo(401);
        ShopApi.Response unknown = post("/api/admin/processors/nothing/replay");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asString()).isEqualTo("READ_MODEL_NOT_FOUND");
    }

    private ShopApi.Response get(String path, String token) {
        ShopApi.Response response = queries.send("GET", path, token, null, Map.of());
        assertThat(response.status()).as(path).isEqualTo(200);
        return response;
    }

    private ShopApi.Response post(String path) {
        return queries.send("POST", path, admin, null, Map.of());
    }
}
