package com.example.shop.command.fulfilment;

import com.example.shop.api.inventory.StockReservedEvent;
import com.example.shop.command.support.EventLog;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.command.support.StandaloneCommandSide;
import com.example.shop.command.support.StockLedger;
import com.example.shop.testsupport.TestPostgres;
import com.example.shop.testsupport.TestTokens;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order-fulfilment saga survives its service going away between two steps: the reservation is stored,
 * the confirmation is not, and the process stops. Started again, the order still reaches an outcome with the
 * stock consistent.
 */
class SagaRestartIT {

    /**
     * Stands in for a process that dies whenever it is about to act on a reservation: the saga step fails, its
     * transaction rolls back, and the processor keeps retrying without getting past it.
     */
    @Configuration(proxyBeanMethods = false)
    static class DiesOnReservation {

        @Bean
        ConfigurerModule failSagaStepsOnReservations() {
            MessageHandlerInterceptor<EventMessage<?>> dies = (unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof StockReservedEvent) {
                    throw new IllegalStateException("simulated crash before acting on a reservation");
                }
                return chain.proceed();
            };
            return configurer -> configurer.eventProcessing()
                    .registerHandlerInterceptor("order-fulfilment", config -> dies);
        }
    }

    private final UUID customerId = UUID.randomUUID();

    @Test
    void anOrderStoppedAfterAReservationAndBeforeConfirmationIsConfirmedAfterARestart() {
        String database = TestPostgres.newDatabase("saga_restart");
        UUID productId;
        UUID orderId;
        try (StandaloneCommandSide first = StandaloneCommandSide.start(database, List.of(DiesOnReservation.class))) {
            productId = createProduct(first.api(), 5);
            orderId = placeOrder(first.api(), productId, 2);
            EventLog events = first.events();
            await().atMost(Duration.ofSeconds(20)).until(() -> events.inventoryTypesOf(productId)
                    .contains("StockReservedEvent"));
            // Give the saga time to fail on the reservation a few times: it must not move on.
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            assertThat(events.outcomeOf(orderId)).isEmpty();
        }

        try (StandaloneCommandSide second = StandaloneCommandSide.start(database, List.of())) {
            EventLog events = second.events();
            EventLog.StoredEvent outcome = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events.outcomeOf(orderId), Optional::isPresent).orElseThrow();
            assertThat(outcome.type()).isEqualTo("OrderConfirmedEvent");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                StockLedger.Level stock = StockLedger.last(events.ofInventory(productId));
                assertThat(stock.onHand()).isEqualTo(3);
                assertThat(stock.reserved()).isZero();
            });
            assertThat(events.inventoryTypesOf(productId)).containsOnlyOnce("StockReservedEvent");
        }
    }

    @Test
    void aDeadlineScheduledBeforeARestartStillRejectsAStuckOrderWithTimeoutAndReleasesItsStock() {
        String database = TestPostgres.newDatabase("saga_deadline");
        UUID productId;
        UUID orderId;
        try (StandaloneCommandSide first = StandaloneCommandSide.start(database, List.of(DiesOnReservation.class),
                "shop.orders.fulfilment-timeout=PT6S")) {
            productId = createProduct(first.api(), 5);
            orderId = placeOrder(first.api(), productId, 2);
            EventLog events = first.events();
            await().atMost(Duration.ofSeconds(5)).until(() -> events.inventoryTypesOf(productId)
                    .contains("StockReservedEvent"));
        }

        try (StandaloneCommandSide second = StandaloneCommandSide.start(database, List.of(DiesOnReservation.class),
                "shop.orders.fulfilment-timeout=PT6S")) {
            EventLog events = second.events();
            EventLog.StoredEvent outcome = await().atMost(Duration.ofSeconds(40))
                    .until(() -> events.outcomeOf(orderId), Optional::isPresent).orElseThrow();
            assertThat(outcome.type()).isEqualTo("OrderRejectedEvent");
            assertThat(outcome.payload().get("reason").asString()).isEqualTo("TIMEOUT");
            StockLedger.Level stock = StockLedger.last(events.ofInventory(productId));
            assertThat(stock.reserved()).isZero();
            assertThat(stock.onHand()).isEqualTo(5);
        }
    }

    private static UUID createProduct(ShopApi api, int stock) {
        ShopApi.Response created = api.post("/api/products", TestTokens.admin(UUID.randomUUID()), Map.of(
                "sku", "RESTART-" + UUID.randomUUID(), "name", "Kettle", "description", "",
                "price", Map.of("amount", "30.00", "currency", "EUR"), "initialStock", stock));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private UUID placeOrder(ShopApi api, UUID productId, int quantity) {
        ShopApi.Response placed = api.post("/api/orders", TestTokens.user(customerId),
                Map.of("lines", List.of(Map.of("productId", productId.toString(), "quantity", quantity))));
        assertThat(placed.status()).as(placed.raw().body()).isEqualTo(202);
        return UUID.fromString(placed.body().get("id").asString());
    }
}
