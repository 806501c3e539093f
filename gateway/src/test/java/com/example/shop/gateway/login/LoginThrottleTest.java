package com.example.shop.gateway.login;

import com.example.shop.gateway.throttle.MovableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, 20, WINDOW, clock);

    @Nested
    class PerEmail {

        @Test
        void allowsAttemptsUpToTheLimit() {
            failTimes(4, "ann@example.com", "10.0.0.1");

            assertThat(throttle.refusal("ann@example.com", "10.0.0.1")).isEmpty();
        }

        @Test
        void refusesOnceTheLimitIsReachedUntilTheOldestFailureLeavesTheWindow() {
            throttle.failed("ann@example.com", "10.0.0.1");
            clock.advance(Duration.ofMinutes(5));
            failTimes(4, "ann@example.com", "10.0.0.1");

            assertThat(throttle.refusal("ann@example.com", "10.0.0.1")).contains(Duration.ofMinutes(10));
            clock.advance(Duration.ofMinutes(10));
            assertThat(throttle.refusal("ann@example.com", "10.0.0.1")).isEmpty();
        }

        @Test
        void refusesTheEmailFromAnyAddress() {
            failTimes(5, "ann@example.com", "10.0.0.1");

            assertThat(throttle.refusal("ann@example.com", "10.9.9.9")).isPresent();
            assertThat(throttle.refusal("bob@example.com", "10.9.9.9")).isEmpty();
        }

        @Test
        void aSuccessfulLoginForgetsTheFailures() {
            failTimes(4, "ann@example.com", "10.0.0.1");

            throttle.succeeded("ann@example.com");
            failTimes(4, "ann@example.com", "10.0.0.1");

            assertThat(throttle.refusal("ann@example.com", "10.0.0.1")).isEmpty();
        }
    }

    @Nested
    class PerAddress {

        @Test
        void refusesAnAddressThatFailsForManyEmails() {
            for (int i = 0; i < 20; i++) {
                throttle.failed("user" + i + "@example.com", "10.0.0.1");
            }

            assertThat(throttle.refusal("new@example.com", "10.0.0.1")).contains(WINDOW);
            assertThat(throttle.refusal("new@example.com", "10.0.0.2")).isEmpty();
        }

        @Test
        void aSuccessDoesNotForgetTheFailuresOfTheAddress() {
            for (int i = 0; i < 20; i++) {
                throttle.failed("user" + i + "@example.com", "10.0.0.1");
                throttle.succeeded("own@example.com");
            }

            assertThat(throttle.refusal("own@example.com", "10.0.0.1")).isPresent();
        }
    }

    private void failTimes(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }
}
