package com.example.shop.reliability.delivery;

import com.example.shop.reliability.Ledger;
import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pass: the same {@code POST /api/orders} with one {@code Idempotency-Key}, sent 5 times at once and then 5
 * times in a row → every answer names the same order, and there is one order, one reservation and one e-mail.
 */
@WholeSystemTest
class DuplicateDeliveryIT {

    @Test
    void tenDeliveriesOfOneOrderMakeOneOrderOneReservationAndOneEmail() throws Exception {
        ShopApi gateway = ReliabilitySystem.get().gateway();
        Client admin = Client.admin(gateway);
        Client customer = Client.newCustomer(gateway);
        UUID mug = admin.createProduct("Duplicate Mug", "5.00", 10);
        Map<String, String> sameKey = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        List<Map<String, Object>> lines = List.of(line(mug, 2));

        List<UUID> answers = new ArrayList<>(placeAtOnce(customer, lines, sameKey, 5));
        for (int i = 0; i < 5; i++) {
            answers.add(customer.order(lines, sameKey));
        }

        assertThat(answers).hasSize(10).containsOnly(answers.get(0));
        UUID order = answers.get(0);
        customer.awaitOrder(order, "CONFIRMED");
        customer.await("/api/notifications?orderId=" + order, page -> page.get("totalItems").asInt() == 1
                && page.get("items").get(0).get("status").asString().equals("SENT"));
        assertThat(Ledger.countFor(order, "OrderPlacedEvent")).as("orders placed").isEqualTo(1);
        assertThat(Ledger.countFor(order, "StockReservedEvent")).as("reservations").isEqualTo(1);
        assertThat(Ledger.stockOf(mug).available()).isEqualTo(8);
        assertThat(customer.get("/api/orders").body().get("totalItems").asInt()).isEqualTo(1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                ReliabilitySystem.mailbox().getReceivedMessagesForDomain(customer.email()).length == 1);
    }

    private static List<UUID> placeAtOnce(Client customer, List<Map<String, Object>> lines,
                                          Map<String, String> headers, int times) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<UUID>> sent = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return customer.order(lines, headers);
                }));
            }
            start.countDown();
            List<UUID> answers = new ArrayList<>();
            for (Future<UUID> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }
}
