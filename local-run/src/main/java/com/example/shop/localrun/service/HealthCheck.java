package com.example.shop.localrun.service;

import com.example.shop.localrun.console.Console;
import com.example.shop.localrun.console.LogTail;
import com.example.shop.localrun.lifecycle.Shutdown;
import com.example.shop.localrun.lifecycle.ShutdownInProgress;
import com.example.shop.localrun.lifecycle.StartupFailure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until a service's {@code /actuator/health} answers 200: only then has it connected to PostgreSQL,
 * run its migrations and opened its HTTP port, so it can take requests.
 */
public final class HealthCheck {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Duration timeout;
    private final Shutdown shutdown;

    public HealthCheck(Duration timeout, Shutdown shutdown) {
        this.timeout = timeout;
        this.shutdown = shutdown;
    }

    /**
     * @throws StartupFailure      when the service exits or is not healthy in time, with the tail of its log
     * @throws ShutdownInProgress  when Ctrl-C came while waiting
     */
    public void awaitHealthy(ServiceProcess service) {
        ServiceDefinition definition = service.definition();
        HttpRequest request = HttpRequest.newBuilder(URI.create(definition.healthUrl()))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long started = System.nanoTime();
        long nextProgress = started + PROGRESS_INTERVAL.toNanos();
        String lastAnswer = "no answer";
        while (true) {
            if (shutdown.isStopping()) {
                throw new ShutdownInProgress();
            }
            if (!service.isAlive()) {
                throw new StartupFailure(definition.name() + " exited with code " + service.exitValue()
                        + " before it was healthy.\n" + LogTail.of(service.log()));
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    Console.about(definition.name(), "up after " + seconds(started) + " s: " + definition.url());
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (IOException notListeningYet) {
                lastAnswer = "no answer (" + notListeningYet.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShutdownInProgress();
            }
            long now = System.nanoTime();
            if (now - started > timeout.toNanos()) {
                throw new StartupFailure(definition.name() + " was not healthy after " + timeout.toSeconds()
                        + " s (last answer from " + definition.healthUrl() + ": " + lastAnswer + "). Set "
                        + "LOCAL_STARTUP_TIMEOUT to wait longer on a slow machine.\n" + LogTail.of(service.log()));
            }
            if (now > nextProgress) {
                Console.about(definition.name(), "still starting (" + seconds(started) + " s, " + lastAnswer + ")");
                nextProgress = now + PROGRESS_INTERVAL.toNanos();
            }
            sleep();
        }
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShutdownInProgress();
        }
    }
}
