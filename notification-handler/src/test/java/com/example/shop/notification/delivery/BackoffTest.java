package com.example.shop.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

    @Test
    void waitsTheInitialTimeAfterTheFirstFailure() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void doublesTheWaitWithEveryFurtherFailure() {
        assertThat(IntStream.rangeClosed(1, 6).mapToObj(backoff::after)).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.after(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(30));
    }
}
