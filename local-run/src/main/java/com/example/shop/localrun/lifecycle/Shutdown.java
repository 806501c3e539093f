package com.example.shop.localrun.lifecycle;

import com.example.shop.localrun.console.Console;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps everything started so far and stops it in the reverse order from a JVM shutdown hook, which runs on
 * Ctrl-C, SIGTERM, SIGHUP and {@link System#exit}. Reverse order means each service is gone before what it
 * depends on (PostgreSQL last), so nothing logs errors about a database that vanished under it.
 *
 * <p>Each start step runs under a lock that the hook also takes: without it, Ctrl-C in the middle of starting
 * PostgreSQL would let the JVM exit before the new postmaster was known, and leave it running.
 */
public final class Shutdown {

    private final ReentrantLock startStep = new ReentrantLock();
    private final Deque<Stoppable> started = new ArrayDeque<>();
    private volatile boolean stopping;

    public void installHook() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopEverything, "local-run-shutdown"));
    }

    /**
     * Runs one start step and remembers what it started.
     *
     * @throws ShutdownInProgress when a shutdown has begun, so nothing new is started
     */
    public <T extends Stoppable> T start(Callable<T> step) {
        startStep.lock();
        try {
            if (stopping) {
                throw new ShutdownInProgress();
            }
            T thing = step.call();
            started.push(thing);
            return thing;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            startStep.unlock();
        }
    }

    public boolean isStopping() {
        return stopping;
    }

    private void stopEverything() {
        startStep.lock();
        try {
            stopping = true;
        } finally {
            startStep.unlock();
        }
        if (started.isEmpty()) {
            return;
        }
        Console.blankLine();
        Console.info("Stopping everything...");
        while (!started.isEmpty()) {
            started.pop().stop();
        }
        Console.info("Everything stopped.");
    }
}
