package com.example.shop.e2e;

import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.example.shop.testsupport.system.Client.line;
import static org.awaitility.Awaitility.await;

/**
 * One order is one trace across the services: the trace a client starts at the gateway goes through
 * command-side, its events and its saga, and reaches notification-handler, which hears of the order only through
 * the event store and logs under the client's trace id.
 */
@WholeSystemTest
class TracingIT {

    @Test
    void theTraceOfAnOrderReachesTheServiceThatHearsOfItOnlyThroughEvents() {
        ShopSystem system = ShopSystem.get();
        Client admin = Client.admin(system.gateway());
        Client customer = Client.newCustomer(system.gateway());
        UUID mug = admin.createProduct("Traced Mug", "2.00", 5);
        String traceId = UUID.randomUUID().toString().replace("-", "");

        UUID orderId = customer.order(List.of(line(mug, 1)),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        customer.awaitOrder(orderId, "CONFIRMED");

        await().atMost(Duration.ofSeconds(30)).until(() -> system.logOf(Service.NOTIFICATION_HANDLER).contains(traceId));
    }
}
