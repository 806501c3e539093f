package com.example.shop.command.axon;

import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class BoundedAggregateCacheTest {

    private final BoundedAggregateCache cache = new BoundedAggregateCache(100);

    @Test
    void keepsWhatIsPutUntilItIsRemoved() {
        cache.put("inventory-1", "seven units");

        assertThat(cache.containsKey("inventory-1")).isTrue();
        assertThat(cache.<String, String>get("inventory-1")).isEqualTo("seven units");
        assertThat(cache.remove("inventory-1")).isTrue();
        assertThat(cache.remove("inventory-1")).isFalse();
        assertThat(cache.<String, String>get("inventory-1")).isNull();
    }

    @Test
    void putIfAbsentAndComputeIfAbsentNeverReplaceAnEntry() {
        assertThat(cache.putIfAbsent("order-1", "placed")).isTrue();
        assertThat(cache.putIfAbsent("order-1", "confirmed")).isFalse();
        assertThat(cache.<String>computeIfAbsent("order-1", () -> "rejected")).isEqualTo("placed");
        assertThat(cache.<String>computeIfAbsent("order-2", () -> "rejected")).isEqualTo("rejected");
    }

    @Test
    void computeIfPresentChangesOnlyExistingEntries() {
        cache.put("order-1", "placed");
        UnaryOperator<String> confirm = value -> value + ", confirmed";

        cache.computeIfPresent("order-1", confirm);
        cache.computeIfPresent("order-2", confirm);

        assertThat(cache.<String, String>get("order-1")).isEqualTo("placed, confirmed");
        assertThat(cache.containsKey("order-2")).isFalse();
    }

    @Test
    void removeAllEmptiesIt() {
        cache.put("a", 1);
        cache.put("b", 2);

        cache.removeAll();

        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.containsKey("b")).isFalse();
    }

    @Test
    void staysWithinItsSize() {
        IntStream.range(0, 1_000).forEach(i -> cache.put("inventory-" + i, i));

        await().until(() -> IntStream.range(0, 1_000).filter(i -> cache.containsKey("inventory-" + i)).count() <= 100);
    }

    @Test
    void saysPlainlyThatItHasNoEntryListeners() {
        assertThatThrownBy(() -> cache.registerCacheEntryListener(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
