package com.example.shop.localrun.service;

import com.example.shop.localrun.console.Console;
import com.example.shop.localrun.lifecycle.Stoppable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A running service: its child process and its log. */
public final class ServiceProcess implements Stoppable {

    /** Spring Boot's graceful shutdown waits up to 30 s for requests by default; locally 20 s is plenty. */
    private static final Duration GRACE = Duration.ofSeconds(20);

    private final ServiceDefinition definition;
    private final Process process;
    private final Path log;

    ServiceProcess(ServiceDefinition definition, Process process, Path log) {
        this.definition = definition;
        this.process = process;
        this.log = log;
    }

    public ServiceDefinition definition() {
        return definition;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public CompletableFuture<ServiceProcess> onExit() {
        return process.onExit().thenApply(ended -> this);
    }

    @Override
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        Console.about(definition.name(), "stopping (pid " + process.pid() + ")");
        int killed = ProcessTree.stop(process.toHandle(), GRACE);
        Console.about(definition.name(), killed == 0 ? "stopped"
                : "killed " + killed + " process(es) that did not stop within " + GRACE.toSeconds() + " s");
    }
}
