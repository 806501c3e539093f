package com.example.shop.gateway.support;

import com.example.shop.testsupport.ServiceProcess;
import com.example.shop.testsupport.TestMongo;
import com.example.shop.testsupport.TestPostgres;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The real command-side and query-side, each started once from its jar for the whole test run, both checking
 * tokens against the JWKS of the gateway under test, as they do in production.
 */
public final class RunningServices {

    private static ServiceProcess commandSide;
    private static ServiceProcess querySide;

    private RunningServices() {
    }

    /** Starts both services (in parallel, they take a while) unless they run already. */
    public static synchronized void start(int gatewayPort, String issuer) {
        if (commandSide != null) {
            return;
        }
        Map<String, String> environment = new HashMap<>(Map.of(
                "POSTGRES_URL", "jdbc:postgresql://localhost:" + TestPostgres.port() + "/postgres",
                "POSTGRES_USER", "postgres",
                "POSTGRES_PASSWORD", "postgres",
                "JWT_ISSUER", issuer,
                "JWT_JWK_SET_URI", "http://localhost:" + gatewayPort + "/.well-known/jwks.json",
                // empty, so a public key file in this machine's environment cannot replace the JWKS
                "JWT_PUBLIC_KEY_LOCATION", ""));
        Map<String, String> queryEnvironment = new HashMap<>(environment);
        queryEnvironment.put("MONGODB_URI", TestMongo.uri("gateway_it"));
        CompletableFuture<ServiceProcess> commands = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "command-side", jar("shop.command-side.jar", "../command-side/target/command-side.jar"), environment));
        CompletableFuture<ServiceProcess> queries = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "query-side", jar("shop.query-side.jar", "../query-side/target/query-side.jar"), queryEnvironment));
        commandSide = commands.join();
        querySide = queries.join();
    }

    /**
     * Stops both services. Called when all tests are done ({@link StopServicesAfterAllTests}), not from a JVM
     * shutdown hook: there the test PostgreSQL stops at the same time, and a service losing its database on the
     * way down takes its whole shutdown timeout.
     */
    static synchronized void stop() {
        if (commandSide != null) {
            CompletableFuture.allOf(CompletableFuture.runAsync(commandSide::close),
                    CompletableFuture.runAsync(querySide::close)).join();
            commandSide = null;
            querySide = null;
        }
    }

    public static synchronized ServiceProcess commandSide() {
        return commandSide;
    }

    public static synchronized ServiceProcess querySide() {
        return querySide;
    }

    public static URI address(ServiceProcess service) {
        return URI.create("http://localhost:" + service.port());
    }

    private static Path jar(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback));
    }
}
