package com.example.shop.localrun.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a process and every process it started, so that nothing of a service outlives the launcher. */
final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Asks all of them to stop (SIGTERM, which Spring Boot answers with a graceful shutdown), waits up to
     * {@code grace}, then kills what is left.
     *
     * @return how many processes had to be killed
     */
    static int stop(ProcessHandle root, Duration grace) {
        // Taken before anything stops: once the root is gone its children belong to init and cannot be found.
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);

        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            awaitExit(process, deadline);
        }
        List<ProcessHandle> survivors = tree.stream().filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        survivors.forEach(process -> awaitExit(process, System.nanoTime() + TimeUnit.SECONDS.toNanos(5)));
        return survivors.size();
    }

    private static void awaitExit(ProcessHandle process, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return;
        }
        try {
            process.onExit().get(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timedOutOrGone) {
            // The caller looks at isAlive() afterwards; that is the only answer that matters.
        }
    }
}
