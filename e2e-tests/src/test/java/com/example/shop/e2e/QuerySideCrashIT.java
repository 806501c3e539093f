package com.example.shop.e2e;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * query-side killed with SIGKILL during a burst of orders and started again: its read models catch up with
 * nothing missing and nothing counted twice.
 */
@WholeSystemTest
class QuerySideCrashIT {

    private static final int ORDERS = 30;

    @Test
    void readModelsCatchUpAfterQuerySideIsKilledDuringABurstOfOrders() {
        ShopSystem system = ShopSystem.get();
        ShopApi gateway = system.gateway();
        Client admin = Client.admin(gateway);
        Client customer = Client.newCustomer(gateway);
        UUID mug = admin.createProduct("Crash Mug", "2.00", ORDERS);

        CompletableFuture<List<UUID>> burst = CompletableFuture.supplyAsync(() -> {
            List<UUID> placed = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                placed.add(customer.order(List.of(line(mug, 1))));
            }
            return placed;
        });
        customer.await("/api/orders", page -> page.get("totalItems").asInt() >= 5);
        system.kill(Service.QUERY_SIDE);
        List<UUID> orders = burst.join();
        system.restart(Service.QUERY_SIDE);

        customer.await("/api/orders?size=100", page -> page.get("totalItems").asInt() == ORDERS
                && page.findValuesAsString("status").stream().allMatch("CONFIRMED"::equals));
        assertThat(customer.get("/api/orders?size=100").body().findValuesAsString("id"))
                .containsExactlyInAnyOrderElementsOf(orders.stream().map(UUID::toString).toList());
        customer.awaitAvailableStock(mug, 0);
        for (UUID orderId : orders) {
            assertThat(customer.get("/api/orders/" + orderId + "/timeline").body().get("steps").size())
                    .as("steps of order %s", orderId).isEqualTo(4);
        }
    }
}
