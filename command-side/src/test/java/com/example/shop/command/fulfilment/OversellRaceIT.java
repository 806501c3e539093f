package com.example.shop.command.fulfilment;

import com.example.shop.command.support.CommandSideIT;
import com.example.shop.command.support.EventLog.StoredEvent;
import com.example.shop.command.support.StockLedger;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Many customers racing for the last units: exactly as many win as there are units, and no more. */
class OversellRaceIT extends CommandSideIT {

    private static final int STOCK = 10;
    private static final int ORDERS = 50;

    @Test
    void fiftyConcurrentOneUnitOrdersForTenUnitsConfirmExactlyTenAndNeverOversell() throws Exception {
        UUID productId = createProduct("3.00", STOCK);

        List<UUID> orderIds = placeConcurrently(productId);

        List<StoredEvent> outcomes = orderIds.stream()
                .map(orderId -> await().atMost(Duration.ofSeconds(60))
                        .until(() -> events.outcomeOf(orderId), o -> o.isPresent()).orElseThrow())
                .toList();
        assertThat(outcomes).filteredOn(o -> o.type().equals("OrderConfirmedEvent")).hasSize(STOCK);
        assertThat(outcomes).filteredOn(o -> o.type().equals("OrderRejectedEvent"))
                .hasSize(ORDERS - STOCK)
                .allSatisfy(o -> assertThat(o.payload().get("reason").asString()).isEqualTo("OUT_OF_STOCK"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            StockLedger.Level finalStock = stockOf(productId);
            assertThat(finalStock.onHand()).isZero();
            assertThat(finalStock.reserved()).isZero();
        });
        assertThat(StockLedger.levels(events.ofInventory(productId)))
                .allSatisfy(level -> assertThat(level.available()).as(level.toString()).isNotNegative());
    }

    private List<UUID> placeConcurrently(UUID productId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<UUID>> orders = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                String customer = TestTokens.user(UUID.randomUUID());
                orders.add(() -> placeOrder(customer, List.of(line(productId, 1))));
            }
            List<UUID> orderIds = new ArrayList<>();
            for (Future<UUID> placed : pool.invokeAll(orders)) {
                orderIds.add(placed.get());
            }
            return orderIds;
        } finally {
            pool.shutdown();
        }
    }
}
