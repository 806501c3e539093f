package com.example.shop.e2e;

import com.example.shop.testsupport.ServiceProcess;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestMongo;
import com.example.shop.testsupport.TestPostgres;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole shop as the run command starts it: PostgreSQL, a MongoDB-protocol server and the four services,
 * each service from its built jar in a process of its own. Started once for the suite; clients reach it only
 * through the gateway.
 */
final class ShopSystem {

    static final String ADMIN_EMAIL = "admin@example.com";
    static final String ADMIN_PASSWORD = "admin12345";
    private static final String ISSUER = "http://localhost:8080";

    private static ShopSystem running;

    private final Map<String, String> shared;
    private final int gatewayPort = ServiceProcess.freePort();
    private ServiceProcess commandSide;
    private ServiceProcess querySide;
    private ServiceProcess notificationHandler;
    private ServiceProcess gateway;

    private ShopSystem() {
        shared = Map.of(
                "POSTGRES_URL", "jdbc:postgresql://localhost:" + TestPostgres.port() + "/postgres",
                "POSTGRES_USER", "postgres",
                "POSTGRES_PASSWORD", "postgres",
                "MONGODB_URI", TestMongo.uri("shop_e2e"),
                "JWT_ISSUER", ISSUER,
                "JWT_JWK_SET_URI", "http://localhost:" + gatewayPort + "/.well-known/jwks.json");
    }

    static synchronized ShopSystem get() {
        if (running == null) {
            running = new ShopSystem();
            running.start();
        }
        return running;
    }

    /**
     * Stops the services, if they were started. Called when the test plan ends (see {@link StopShopAfterAllTests}):
     * a JVM shutdown hook came too late, as the build ends the test JVM before the last service has stopped, and
     * that service was left running.
     */
    static synchronized void stopIfRunning() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    ShopApi gateway() {
        return gateway.api();
    }

    /** What a service has logged so far, by name. */
    String logOf(String service) {
        return switch (service) {
            case "gateway" -> gateway.log();
            case "command-side" -> commandSide.log();
            case "query-side" -> querySide.log();
            case "notification-handler" -> notificationHandler.log();
            default -> throw new IllegalArgumentException(service);
        };
    }

    /** Kills query-side as {@code kill -9} would, for tests of what survives a crash. */
    void killQuerySide() {
        querySide.kill();
    }

    /** Starts query-side again on its old port, so the gateway finds it where it was. */
    void restartQuerySide() {
        querySide = querySide.restart();
    }

    private void start() {
        commandSide = ServiceProcess.start("command-side", jar("command-side"), shared);
        querySide = ServiceProcess.start("query-side", jar("query-side"), shared);
        notificationHandler = ServiceProcess.start("notification-handler", jar("notification-handler"), shared);
        Map<String, String> gatewayEnvironment = new HashMap<>(shared);
        gatewayEnvironment.putAll(Map.of(
                "COMMAND_SIDE_URL", "http://localhost:" + commandSide.port(),
                "QUERY_SIDE_URL", "http://localhost:" + querySide.port(),
                "NOTIFICATION_HANDLER_URL", "http://localhost:" + notificationHandler.port(),
                "ADMIN_EMAIL", ADMIN_EMAIL,
                "ADMIN_PASSWORD", ADMIN_PASSWORD));
        gateway = ServiceProcess.start("gateway", jar("gateway"), gatewayEnvironment, gatewayPort);
    }

    private void stop() {
        for (ServiceProcess service : new ServiceProcess[]{gateway, notificationHandler, querySide, commandSide}) {
            if (service != null) {
                service.close();
            }
        }
    }

    private static Path jar(String module) {
        return Path.of(System.getProperty("shop.home", ".."), module, "target", module + ".jar");
    }
}
