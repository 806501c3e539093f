package com.example.shop.axon.evolution;

import com.example.shop.api.inventory.StockAddedEvent;
import com.example.shop.api.inventory.StockAdditionReason;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StockAddedReasonUpcasterTest {

    private static final UUID PRODUCT = UUID.fromString("0b7f4f3e-8d5a-4c39-9a55-3f1f0f6b2c11");
    private final Serializer serializer = Jackson3Serializer.builder().build();
    private final StockAddedReasonUpcaster upcaster = new StockAddedReasonUpcaster();

    @Test
    void readsAStockAdditionStoredWithoutARevisionAsADelivery() {
        // exactly what the first version of StockAddedEvent wrote, with no revision
        String stored = "{\"productId\":\"" + PRODUCT + "\",\"quantity\":5}";

        IntermediateEventRepresentation upcast = upcast(stored, null);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat((Object) serializer.deserialize(upcast.getData()))
                .isEqualTo(new StockAddedEvent(PRODUCT, 5, StockAdditionReason.DELIVERY));
    }

    @Test
    void leavesAStockAdditionOfTheCurrentRevisionAsItIs() {
        String stored = "{\"productId\":\"" + PRODUCT + "\",\"quantity\":5,\"reason\":\"STOCKTAKE\"}";

        IntermediateEventRepresentation read = upcast(stored, "2");

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat((Object) serializer.deserialize(read.getData()))
                .isEqualTo(new StockAddedEvent(PRODUCT, 5, StockAdditionReason.STOCKTAKE));
    }

    private IntermediateEventRepresentation upcast(String payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Inventory", "inventory-" + PRODUCT, 1,
                UUID.randomUUID().toString(), Instant.now(), StockAddedEvent.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return upcaster.upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();
    }
}
