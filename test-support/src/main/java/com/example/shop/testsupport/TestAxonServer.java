package com.example.shop.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Axon Server for the {@code axonserver} run mode: the one named by {@code AXONSERVER_TEST_SERVERS}
 * (host:port of a server somebody else runs), or else one this JVM starts itself, with an empty event store of
 * its own on free ports, from the {@code axonserver.jar} in {@code AXONSERVER_HOME}. It is a local test
 * dependency like PostgreSQL: built once per machine, never part of the repository.
 */
public final class TestAxonServer {

    /** Where the team's build script for Axon Server SE puts the server when {@code AXONSERVER_HOME} is unset. */
    private static final String DEFAULT_HOME = "/var/cache/axonserver-se";

    private static TestAxonServer running;

    private final String externalAddress;
    private final Path jar;
    private final Path workDirectory;
    private final int grpcPort;
    private final int httpPort;
    private Process process;

    private TestAxonServer(String externalAddress, Path jar, Path workDirectory, int grpcPort, int httpPort) {
        this.externalAddress = externalAddress;
        this.jar = jar;
        this.workDirectory = workDirectory;
        this.grpcPort = grpcPort;
        this.httpPort = httpPort;
    }

    /** Why no Axon Server can be had here, if none can; empty when one can. */
    public static Optional<String> whyUnavailable() {
        if (externalAddress().isPresent() || Files.isRegularFile(jar())) {
            return Optional.empty();
        }
        return Optional.of("no Axon Server: " + jar() + " does not exist (build it with the Axon Server build script, "
                + "or set AXONSERVER_HOME to its folder) and AXONSERVER_TEST_SERVERS names no running one");
    }

    /** The server of this JVM, started on first use. */
    public static synchronized TestAxonServer get() {
        if (running == null) {
            whyUnavailable().ifPresent(reason -> {
                throw new IllegalStateException(reason);
            });
            running = externalAddress()
                    .map(address -> new TestAxonServer(address, null, null, 0, 0))
                    .orElseGet(TestAxonServer::startOwn);
        }
        return running;
    }

    /** Stops the server this JVM started, if it started one, and deletes its store. */
    public static synchronized void stopIfRunning() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    /** host:port of its gRPC endpoint, as {@code AXONSERVER_SERVERS} takes it. */
    public String address() {
        return externalAddress != null ? externalAddress : "localhost:" + grpcPort;
    }

    /** Whether this JVM started the server and so may kill and restart it. */
    public boolean startedHere() {
        return externalAddress == null;
    }

    /** Its dashboard and REST API; only known for a server started here. */
    public URI httpUri() {
        requireStartedHere();
        return URI.create("http://localhost:" + httpPort);
    }

    /** Kills the server as {@code kill -9} would; its store stays, for a restart. */
    public synchronized void kill() {
        requireStartedHere();
        process.destroyForcibly();
        ServiceProcess.awaitExit(process);
    }

    /** Starts a killed server again on the same ports with the same store. */
    public synchronized void restart() {
        requireStartedHere();
        if (process.isAlive()) {
            throw new IllegalStateException("Axon Server is still running");
        }
        launch();
    }

    /** What it has logged so far. */
    public String log() {
        requireStartedHere();
        try {
            return Files.readString(workDirectory.resolve("axonserver.log"));
        } catch (IOException e) {
            return "cannot read the log: " + e;
        }
    }

    private static TestAxonServer startOwn() {
        try {
            Path work = Files.createTempDirectory("axonserver-");
            Path properties = jar().resolveSibling("axonserver.properties");
            if (Files.isRegularFile(properties)) {
                // Relative storage paths in it then point into the work directory: a fresh store every time.
                Files.copy(properties, work.resolve("axonserver.properties"));
            }
            TestAxonServer server = new TestAxonServer(null, jar(), work, ServiceProcess.freePort(),
                    ServiceProcess.freePort());
            // A suite that ends without stopping it (a module's own integration tests) must not leave it running.
            Runtime.getRuntime().addShutdownHook(new Thread(server::killIfAlive));
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch() {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(),
                "--axoniq.axonserver.port=" + grpcPort,
                "--server.port=" + httpPort,
                "--server.address=127.0.0.1",
                "--axoniq.axonserver.hostname=localhost",
                "--axoniq.axonserver.event.storage=" + workDirectory.resolve("events"),
                "--axoniq.axonserver.snapshot.storage=" + workDirectory.resolve("events"),
                "--axoniq.axonserver.controldb-path=" + workDirectory.resolve("data"),
                "--axoniq.axonserver.update-check.disabled=true");
        try {
            process = new ProcessBuilder(command)
                    .directory(workDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workDirectory.resolve("axonserver.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Axon Server from " + jar, e);
        }
        awaitHealthy(Duration.ofSeconds(120));
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Axon Server exited with " + process.exitValue() + "; log:\n" + log());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Axon Server not healthy after " + timeout + "; log:\n" + log());
    }

    private synchronized void killIfAlive() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void stop() {
        if (process != null) {
            process.destroy();
            ServiceProcess.awaitExit(process);
        }
        if (workDirectory != null) {
            try (Stream<Path> files = Files.walk(workDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is no failure of the suite
            }
        }
    }


    private void requireStartedHere() {
        if (!startedHere()) {
            throw new IllegalStateException("the Axon Server at " + externalAddress + " was not started here");
        }
    }

    private static Optional<String> externalAddress() {
        return Optional.ofNullable(System.getenv("AXONSERVER_TEST_SERVERS")).filter(value -> !value.isBlank());
    }

    private static Path jar() {
        String home = System.getenv("AXONSERVER_HOME");
        return Path.of(home == null || home.isBlank() ? DEFAULT_HOME : home, "axonserver.jar");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
