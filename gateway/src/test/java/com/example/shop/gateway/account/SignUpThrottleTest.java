package com.example.shop.gateway.account;

import com.example.shop.gateway.throttle.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpThrottleTest {

    private static final Duration WINDOW = Duration.ofHours(1);
    private final MovableClock clock = new MovableClock();
    private final SignUpThrottle throttle = new SignUpThrottle(3, 5, WINDOW, clock);

    @Test
    void takesSignUpsFromOneAddressUpToItsLimitThenSaysWhenToComeBack() {
        admitted(2, "10.0.0.1");
        clock.advance(Duration.ofMinutes(20));
        admitted(1, "10.0.0.1");

        assertThat(throttle.admit("10.0.0.1")).contains(Duration.ofMinutes(40));
        assertThat(throttle.admit("10.0.0.2")).as("another address").isEmpty();
        clock.advance(Duration.ofMinutes(40));
        assertThat(throttle.admit("10.0.0.1")).as("the first two left the window").isEmpty();
    }

    @Test
    void limitsEverybodyTogether() {
        admitted(3, "10.0.0.1");
        admitted(2, "10.0.0.2");

        assertThat(throttle.admit("10.0.0.3")).as("a fresh address, but the total is reached").contains(WINDOW);
    }

    @Test
    void aRefusedSignUpIsNotCounted() {
        admitted(3, "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.admit("10.0.0.1")).isPresent();
        }

        admitted(2, "10.0.0.2");
    }

    @Test
    void aConcurrentBurstGetsExactlyTheLimitThrough() throws Exception {
        SignUpThrottle generous = new SignUpThrottle(50, 1_000, WINDOW, clock);
        ExecutorService burst = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Optional<Duration>>> signUps = IntStream.range(0, 400)
                    .<Callable<Optional<Duration>>>mapToObj(i -> () -> generous.admit("10.0.0.9"))
                    .toList();
            long admitted = 0;
            for (Future<Optional<Duration>> answer : burst.invokeAll(signUps)) {
                admitted += answer.get().isEmpty() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(50);
        } finally {
            burst.shutdownNow();
        }
    }

    private void admitted(int times, String address) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.admit(address)).as("sign-up " + (i + 1) + " from " + address).isEmpty();
        }
    }
}
