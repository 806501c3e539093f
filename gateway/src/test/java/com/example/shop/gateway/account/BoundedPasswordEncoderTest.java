package com.example.shop.gateway.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPasswordEncoderTest {

    /** A hash that takes as long as the test wants: it waits for the latch. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final PasswordEncoder slow = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals(encode(raw));
        }
    };
    private final BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(slow, 2, 1);

    @AfterEach
    void stop() {
        release.countDown();
        encoder.close();
    }

    @Test
    void refusesAtOnceWhenEveryThreadIsBusyAndTheQueueIsFull() throws Exception {
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> encoder.encode("a"));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> encoder.encode("b"));
        awaitRunning(2);
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> encoder.encode("c"));
        awaitQueued(queued);

        assertThatThrownBy(() -> encoder.matches("d", "hash:d")).isInstanceOf(HashingSaturated.class);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("hash:a");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("hash:b");
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("hash:c");
        assertThat(mostAtOnce).as("never more hashes at once than threads").hasValue(2);
        assertThat(encoder.matches("e", "hash:e")).as("takes work again once there is room").isTrue();
    }

    @Test
    void passesOnTheHashersOwnFailure() {
        BoundedPasswordEncoder failing = new BoundedPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                throw new IllegalArgumentException("no such password");
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return false;
            }
        }, 1, 1);
        try {
            assertThatThrownBy(() -> failing.encode("x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no such password");
        } finally {
            failing.close();
        }
    }

    private void awaitRunning(int hashes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() < hashes && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(running).hasValue(hashes);
    }

    /** The third hash cannot start (both threads wait), so once submitted it sits in the queue. */
    private void awaitQueued(CompletableFuture<String> queued) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (encoder.waiting() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(encoder.waiting()).isEqualTo(1);
        assertThat(queued).isNotDone();
    }
}
