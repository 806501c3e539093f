package com.example.shop.reliability.crash;

import com.example.shop.reliability.Ledger;
import com.example.shop.reliability.ReadModels;
import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pass: query-side killed with SIGKILL while it projects a burst of orders, then restarted → its read models
 * answer exactly what a full replay of the event log gives, with each order's status and each product's stock
 * as the log has them.
 */
@WholeSystemTest
class QuerySideKilledMidBatchIT {

    private static final int ORDERS = 40;

    @Test
    void readModelsAfterTheCrashEqualAFullReplay() {
        ShopSystem system = ReliabilitySystem.get();
        Client admin = Client.admin(system.gateway());
        Client customer = Client.newCustomer(system.gateway());
        UUID mug = admin.createProduct("Crash Mug", "2.00", 100);
        UUID lamp = admin.createProduct("Crash Lamp", "30.00", 5);

        CompletableFuture<List<UUID>> burst = CompletableFuture.supplyAsync(() -> {
            List<UUID> placed = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                placed.add(customer.order(List.of(line(i % 2 == 0 ? mug : lamp, 1))));
            }
            return placed;
        });
        customer.await("/api/orders", page -> page.get("totalItems").asInt() >= 8);
        system.kill(Service.QUERY_SIDE);
        List<UUID> orders = burst.join();
        system.restart(Service.QUERY_SIDE);

        await("every order CONFIRMED or REJECTED").atMost(Duration.ofSeconds(60))
                .until(() -> Ledger.outcomes().keySet().containsAll(orders));
        ReadModels.awaitCaughtUp(admin);
        Map<String, JsonNode> afterCrash;
        try {
            afterCrash = ReadModels.answers(admin, orders, List.of(mug, lamp));
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + "\nprocessors: "
                    + admin.get("/api/admin/processors").raw().body() + "\ndead letters: "
                    + admin.get("/api/admin/dead-letters").raw().body() + "\nquery-side after the restart:\n"
                    + system.logOf(Service.QUERY_SIDE), missing);
        }
        Map<UUID, String> outcomes = Ledger.outcomes();
        for (UUID order : orders) {
            assertThat(afterCrash.get("order " + order).get("status").asString()).as("order %s", order)
                    .isEqualTo(outcomes.get(order));
        }
        assertThat(afterCrash.get("product " + mug).get("availableStock").asInt())
                .isEqualTo(Ledger.stockOf(mug).available());
        assertThat(afterCrash.get("product " + lamp).get("availableStock").asInt())
                .isEqualTo(Ledger.stockOf(lamp).available());

        ReadModels.replayAllAndWait(admin);

        assertThat(ReadModels.answers(admin, orders, List.of(mug, lamp))).isEqualTo(afterCrash);
    }
}
