package com.example.shop.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Another service of the shop, run from its built jar as a process of its own, the way it runs in production
 * (unpacked, as the Dockerfile does): tests talk to it only over HTTP and through the shared event store.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final Path jar;
    private final Map<String, String> environment;

    private ServiceProcess(String name, Process process, int port, Path log, Path jar,
                           Map<String, String> environment) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.jar = jar;
        this.environment = environment;
    }

    /**
     * Starts {@code java -jar jar} on a free port with the given environment and waits until its health
     * endpoint answers 200.
     */
    public static ServiceProcess start(String name, Path jar, Map<String, String> environment) {
        return start(name, jar, environment, freePort());
    }

    /** Starts it again on the same port with the same environment, as after a crash and a restart. */
    public ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start(name, jar, environment, port);
    }

    /**
     * Starts it again on the same port with some variables changed, say a tuning knob a benchmark compares.
     * Later restarts keep the changed environment.
     */
    public ServiceProcess restart(Map<String, String> changedEnvironment) {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start(name, jar, environmentWith(changedEnvironment), port);
    }

    /**
     * A second process of the same service beside this one, on a free port, with some variables changed: a
     * scaled-out deployment runs several instances of a service.
     */
    public ServiceProcess another(String otherName, Map<String, String> changedEnvironment) {
        return start(otherName, jar, environmentWith(changedEnvironment), freePort());
    }

    private Map<String, String> environmentWith(Map<String, String> changedEnvironment) {
        Map<String, String> changed = new java.util.HashMap<>(environment);
        changed.putAll(changedEnvironment);
        return changed;
    }

    public static ServiceProcess start(String name, Path jar, Map<String, String> environment, int port) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the module " + name
                    + " first (the reactor does, in ./mvnw verify)");
        }
        try {
            Path log = Files.createTempFile(name + "-", ".log");
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
            List<String> jvmOptions = extraJvmOptions(name);
            command.addAll(jvmOptions);
            Path launcher = ExtractedJar.of(jar);
            ExtractedJar.classArchiveOption(launcher, Boolean.getBoolean("shop.service.write-class-archive")
                    && jvmOptions.stream().noneMatch(option -> option.contains("FlightRecording")))
                    .ifPresent(command::add);
            command.addAll(List.of("-jar", launcher.toString(), "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            ServiceProcess service = new ServiceProcess(name, builder.start(), port, log, jar, Map.copyOf(environment));
            service.awaitHealthy(Duration.ofSeconds(120));
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /**
     * JVM options for every service from the system property {@code shop.service.jvm-options}, space separated, say
     * to record a flight recording while a benchmark runs; {@code {name}} becomes the service's name.
     */
    private static List<String> extraJvmOptions(String name) {
        String options = System.getProperty("shop.service.jvm-options", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.replace("{name}", name).split("\\s+"));
    }

    public int port() {
        return port;
    }

    /** Everything the service has logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public ShopApi api() {
        return new ShopApi(port);
    }

    /** Stops the process at once, as a crash or {@code kill -9} would. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        awaitExit(process);
    }

    /** Waits until a process this test JVM started has ended; one that takes over 30 s is killed. */
    static void awaitExit(Process process) {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n" + tail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        close();
        throw new IllegalStateException(name + " did not become healthy within " + timeout + "; log:\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nobody listens on right now, for a service that must be told another's address before it starts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " on port " + port + " (log " + log + File.separator + ")";
    }
}
