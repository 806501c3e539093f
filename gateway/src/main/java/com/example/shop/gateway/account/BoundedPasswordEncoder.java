package com.example.shop.gateway.account;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hashes on a pool of a few threads with a short queue before them. A hash takes about a tenth of a second of a
 * core and 19 MiB, so without a bound a burst of sign-ups or logins takes every core (and, a request thread each,
 * more memory than the heap has) from reads and orders. With it, hashing uses at most its threads; a caller that
 * finds the queue full is refused at once ({@link HashingSaturated}) instead of waiting without limit.
 */
final class BoundedPasswordEncoder implements PasswordEncoder, AutoCloseable {

    private final PasswordEncoder hashing;
    private final ThreadPoolExecutor pool;

    BoundedPasswordEncoder(PasswordEncoder hashing, int threads, int queue) {
        this.hashing = hashing;
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), task -> {
                    Thread thread = new Thread(task, "password-hashing-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return onPool(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return onPool(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    /** Hashes waiting for a thread now. */
    int waiting() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private <T> T onPool(Callable<T> hash) {
        Future<T> result;
        try {
            result = pool.submit(hash);
        } catch (RejectedExecutionException full) {
            throw new HashingSaturated();
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a password was hashed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
