package com.example.shop.command.axon;

import com.example.shop.api.inventory.InventoryId;
import com.example.shop.command.support.CommandSideIT;
import com.example.shop.command.support.EventLog.StoredEvent;
import com.example.shop.testsupport.EarlierRevisions;
import com.example.shop.testsupport.TestTokens;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command-side keeps recently used aggregates in memory. An event another writer appended behind the cache's back
 * is never overlooked: the stale copy's append collides, the copy is dropped, and the request's command is decided
 * again on the whole stream.
 */
class AggregateCacheIT extends CommandSideIT {

    @Autowired
    private Cache aggregateCache;

    @Test
    void aCommandOnAnAggregateAnotherWriterAppendedToIsDecidedOnTheWholeStream() {
        UUID productId = createProduct("1.00", 5);
        assertThat(aggregateCache.containsKey(InventoryId.of(productId))).as("cached when created").isTrue();

        EarlierRevisions.appendStockAddedRevision1(productId, 1, 3); // another writer, behind the cache's back
        assertThat(api.post("/api/products/" + productId + "/stock", admin, Map.of("quantity", 4)).status())
                .isEqualTo(204);

        List<StoredEvent> stream = events.ofInventory(productId);
        assertThat(stream).extracting(StoredEvent::type)
                .containsExactly("InventoryOpenedEvent", "StockAddedEvent", "StockAddedEvent");
        assertThat(stockOf(productId).available()).isEqualTo(5 + 3 + 4);
        UUID everything = placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 12)));
        assertThat(awaitOutcome(everything).type()).isEqualTo("OrderConfirmedEvent");
    }
}
