package com.example.shop.localrun.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessTreeTest {

    @Test
    void killsTheWholeTreeWhenItIgnoresTheRequestToStop() throws Exception {
        // A shell that ignores SIGTERM, and two children that inherit that.
        Process shell = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & sleep 300 & wait").start();
        List<ProcessHandle> tree = awaitTree(shell.toHandle(), 3);

        int killed = ProcessTree.stop(shell.toHandle(), Duration.ofMillis(500));

        assertThat(killed).isEqualTo(3);
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aTreeThatStopsWhenAskedIsNotKilled() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 300 & wait").start();
        List<ProcessHandle> tree = awaitTree(shell.toHandle(), 2);

        int killed = ProcessTree.stop(shell.toHandle(), Duration.ofSeconds(10));

        assertThat(killed).isZero();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    private static List<ProcessHandle> awaitTree(ProcessHandle root, int size) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<ProcessHandle> tree = new ArrayList<>(List.of(root));
            root.descendants().forEach(tree::add);
            if (tree.size() >= size) {
                return tree;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the test processes did not start");
    }
}
