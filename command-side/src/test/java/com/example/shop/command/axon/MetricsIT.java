package com.example.shop.command.axon;

import com.example.shop.command.support.CommandSideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus sees what Axon's components handle: commands by type, and the saga's events with their latency. */
class MetricsIT extends CommandSideIT {

    @Test
    void prometheusExposesAxonsCommandAndEventProcessorMeters() {
        UUID productId = createProduct("1.00", 5);
        awaitOutcome(placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 1))));

        ShopApi.Response scrape = api.send("GET", "/actuator/prometheus", null, null, Map.of());

        assertThat(scrape.status()).isEqualTo(200);
        String metrics = scrape.raw().body();
        assertThat(metrics).containsPattern(
                "(?m)^axon_messages_seconds_count\\{.*component=\"commandBus\".*outcome=\"success\".*"
                        + "payloadType=\"PlaceOrderCommand\".*} [1-9]");
        assertThat(metrics).containsPattern(
                "(?m)^axon_messages_seconds_count\\{.*name=\"order-fulfilment\".*"
                        + "payloadType=\"OrderPlacedEvent\".*} [1-9]");
        assertThat(metrics).containsPattern("(?m)^axon_messages_latency_milliseconds\\{.*name=\"order-fulfilment\".*}");
    }
}
