package com.example.shop.reliability.crash;

import com.example.shop.reliability.Ledger;
import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.EventLog;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pass: command-side killed with SIGKILL while orders are half reserved (a line reserved, the order not yet
 * confirmed or rejected), then restarted → every order ends CONFIRMED or REJECTED, no reservation is left
 * behind, stock is never negative, and the catalog shows the stock the event log has.
 */
@WholeSystemTest
class CommandSideKilledMidSagaIT {

    private static final int PRODUCTS = 12;
    private static final int ORDERS = 20;

    @Test
    void ordersCaughtHalfReservedByTheCrashEndTerminalWithNoReservationLeft() throws Exception {
        ShopSystem system = ReliabilitySystem.get();
        Client admin = Client.admin(system.gateway());
        Client customer = Client.newCustomer(system.gateway());
        List<UUID> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            // Stock for about three quarters of the orders, so both outcomes happen.
            products.add(admin.createProduct("Saga Crash Item " + i, "1.00", ORDERS * 3 / 4));
        }
        List<Map<String, Object>> everyProduct = products.stream().map(product -> line(product, 1)).toList();

        List<CompletableFuture<UUID>> placing = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            placing.add(CompletableFuture.supplyAsync(() -> customer.order(everyProduct)));
        }
        List<UUID> orders = placing.stream().map(CompletableFuture::join).toList();
        Set<UUID> halfReserved = awaitHalfReservedOrders(orders);
        system.kill(Service.COMMAND_SIDE);
        String atTheCrash = processingState();
        system.restart(Service.COMMAND_SIDE);

        assertThat(halfReserved).as("orders caught with a line reserved and no outcome").isNotEmpty();
        // Bound: the fulfilment deadline (one minute) rejects any order the saga could not finish, plus slack.
        try {
            await("every order CONFIRMED or REJECTED").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Ledger.outcomes().keySet().containsAll(orders));
        } catch (ConditionTimeoutException stuck) {
            Map<UUID, String> decided = Ledger.outcomes();
            throw new AssertionError("orders without an outcome, with their events: " + orders.stream()
                    .filter(order -> !decided.containsKey(order))
                    .map(order -> order + " " + Ledger.storyOf(order)).toList()
                    + "\nprocessing state at the crash: " + atTheCrash
                    + "\nprocessing state now: " + processingState()
                    + "\ncommand-side after the restart:\n" + tail(system.logOf(Service.COMMAND_SIDE)), stuck);
        }
        Map<UUID, String> outcomes = Ledger.outcomes();
        assertThat(orders).allSatisfy(order -> assertThat(outcomes.get(order)).isIn("CONFIRMED", "REJECTED"));
        // An order is decided before the saga commits or releases its reservations: give it time to finish.
        await("every reservation committed or released").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> products.stream().allMatch(product -> Ledger.stockOf(product).reserved() == 0));
        for (UUID product : products) {
            Ledger.Stock stock = Ledger.stockOf(product);
            assertThat(stock.lowestAvailable()).as("lowest stock of %s", product).isGreaterThanOrEqualTo(0);
            long confirmed = orders.stream().filter(order -> outcomes.get(order).equals("CONFIRMED")).count();
            assertThat(stock.onHand()).isEqualTo(ORDERS * 3 / 4 - (int) confirmed);
            admin.awaitAvailableStock(product, stock.available());
        }
    }

    /** The saga's token, its instances and its deadlines, for a failure message. */
    private static String processingState() {
        StringBuilder state = new StringBuilder();
        try (Connection connection = EventLog.connect()) {
            for (String sql : List.of(
                    "SELECT processorName, segment, owner, timestamp, convert_from(token, 'UTF8') FROM command_side.TokenEntry",
                    "SELECT count(*) FROM command_side.SagaEntry",
                    "SELECT associationValue FROM command_side.AssociationValueEntry",
                    "SELECT task_name, task_instance, execution_time, picked, picked_by FROM command_side.scheduled_tasks")) {
                try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
                    state.append("\n").append(sql).append(":");
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        state.append("\n  ");
                        for (int i = 1; i <= columns; i++) {
                            state.append(rows.getString(i)).append(" | ");
                        }
                    }
                }
            }
            state.append("\nevents stored: ").append(EventLog.count());
        } catch (Exception e) {
            state.append("cannot read: ").append(e);
        }
        return state.toString();
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 20_000));
    }

    /**
     * Watches the event log for orders that have a reservation but no outcome yet, the moment a crash must hit.
     * Returns as soon as there is one.
     */
    private static Set<UUID> awaitHalfReservedOrders(List<UUID> orders) {
        Set<String> ours = new HashSet<>(orders.stream().map(UUID::toString).toList());
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(giveUp)) {
            Set<String> reserved = new HashSet<>();
            Set<String> decided = new HashSet<>();
            for (EventLog.StoredEvent event : EventLog.events("StockReservedEvent", "OrderConfirmedEvent",
                    "OrderRejectedEvent")) {
                String order = event.payload().get("orderId").asString();
                (event.type().equals("StockReservedEvent") ? reserved : decided).add(order);
            }
            reserved.removeAll(decided);
            reserved.retainAll(ours);
            if (!reserved.isEmpty()) {
                return reserved.stream().map(UUID::fromString).collect(Collectors.toSet());
            }
        }
        return Set.of();
    }
}
