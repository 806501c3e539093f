package com.example.shop.gateway.processors;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.gateway.support.RunningServices;
import com.example.shop.testsupport.ShopApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One list of every service's processors: query-side's read models, command-side's saga, and a service that does
 * not answer (here notification-handler, a stub without the endpoint) listed as such instead of left out.
 */
class AllProcessorsIT extends GatewayIT {

    @Test
    void anAdminSeesTheReadModelsTheSagaAndWhichServiceDidNotAnswer() {
        ShopApi.Response answer = gateway.send("GET", "/api/admin/processors", adminToken(), null, Map.of());

        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> processors = answer.body().valueStream().toList();
        assertThat(processors).filteredOn(p -> p.get("service").asString().equals("query-side"))
                .extracting(p -> p.get("name").asString())
                .containsExactlyInAnyOrder("catalog", "order-timeline", "orders");
        assertThat(processors).filteredOn(p -> p.get("service").asString().equals("query-side"))
                .allMatch(p -> p.get("rebuildable").asBoolean());
        JsonNode saga = processors.stream().filter(p -> p.get("name").asString("").equals("order-fulfilment"))
                .findFirst().orElseThrow();
        assertThat(saga.get("service").asString()).isEqualTo("command-side");
        assertThat(saga.get("rebuildable").asBoolean()).as("a replay would run the saga again").isFalse();
        assertThat(saga.get("segments").isArray()).isTrue();
        assertThat(saga.get("status").asString()).isIn("RUNNING", "IDLE");
        JsonNode silent = processors.stream().filter(p -> p.get("service").asString().equals("notification-handler"))
                .findFirst().orElseThrow();
        assertThat(silent.get("status").asString()).isEqualTo("UNREACHABLE");
    }

    @Test
    void onlyAnAdminSeesThemAtTheGatewayOrAroundIt() {
        String user = newUser().token();
        ShopApi commandSide = new ShopApi(RunningServices.address(RunningServices.commandSide()).getPort());

        assertThat(gateway.send("GET", "/api/admin/processors", user, null, Map.of()).status()).isEqualTo(403);
        assertThat(commandSide.send("GET", "/actuator/processors", user, null, Map.of()).status()).isEqualTo(403);
        assertThat(commandSide.send("GET", "/actuator/processors", null, null, Map.of()).status()).isEqualTo(401);
        assertThat(commandSide.send("GET", "/actuator/processors", adminToken(), null, Map.of()).status())
                .isEqualTo(200);
    }
}
