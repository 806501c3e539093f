package com.example.shop.testsupport.system;

import com.example.shop.testsupport.RunMode;
import com.example.shop.testsupport.ServiceProcess;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestAxonServer;
import com.example.shop.testsupport.TestMongo;
import com.example.shop.testsupport.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

/**
 * The whole shop as the run command starts it: PostgreSQL, a MongoDB-protocol server and the four services,
 * each service from its built jar in a process of its own, in the JVM's {@link RunMode}: in {@code axonserver}
 * mode the services store and stream events through an Axon Server ({@link TestAxonServer}) with the profile
 * production uses. Started once per test JVM; clients reach it through the gateway, and suites that test each
 * service's own defences may call a service directly.
 */
public final class ShopSystem {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ADMIN_PASSWORD = "admin12345";
    public static final String ISSUER = "http://localhost:8080";

    /** The four services, by module name. */
    public enum Service {
        COMMAND_SIDE("command-side"), QUERY_SIDE("query-side"),
        NOTIFICATION_HANDLER("notification-handler"), GATEWAY("gateway");

        private final String module;

        Service(String module) {
            this.module = module;
        }

        public String module() {
            return module;
        }
    }

    private static ShopSystem running;

    private final Map<String, String> shared;
    private final int gatewayPort = ServiceProcess.freePort();
    private final Path gatewayKeyDirectory = temporaryDirectory("gateway-keys");
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private List<ShopApi.ExchangeCheck> gatewayChecks;

    private ShopSystem(String mongoDatabase, Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "POSTGRES_URL", TestPostgres.url(),
                "POSTGRES_USER", "postgres",
                "POSTGRES_PASSWORD", "postgres",
                "MONGODB_URI", TestMongo.uri(mongoDatabase),
                "JWT_ISSUER", ISSUER,
                "JWT_JWK_SET_URI", "http://localhost:" + gatewayPort + "/.well-known/jwks.json"));
        if (RunMode.current() == RunMode.AXONSERVER) {
            environment.put("SPRING_PROFILES_ACTIVE", "axonserver");
            environment.put("AXONSERVER_SERVERS", TestAxonServer.get().address());
        }
        environment.putAll(extraEnvironment);
        shared = Map.copyOf(environment);
    }

    /** The system of this test JVM, started on first use. */
    public static synchronized ShopSystem get() {
        return get(Map.of());
    }

    /**
     * The system of this test JVM, started on first use with extra environment for every service (say, to
     * tune a pool); a later call gets the running system whatever it asks for.
     */
    public static synchronized ShopSystem get(Map<String, String> extraEnvironment) {
        if (running == null) {
            running = new ShopSystem("shop_system", extraEnvironment);
            running.start();
        }
        return running;
    }

    /**
     * Stops the services, if they were started. Called when the test plan ends (see {@link StopShopAfterAllTests}):
     * a JVM shutdown hook came too late, as the build ends the test JVM before the last service has stopped, and
     * that service was left running.
     */
    public static synchronized void stopIfRunning() {
        if (running != null) {
            running.stop();
            running = null;
        }
        TestAxonServer.stopIfRunning();
    }

    /** The mode this system runs in. */
    public RunMode mode() {
        return RunMode.current();
    }

    /** The Axon Server the services use, in {@code axonserver} mode only. */
    public TestAxonServer axonServer() {
        if (mode() != RunMode.AXONSERVER) {
            throw new IllegalStateException("the shop runs in local mode: its events are in PostgreSQL");
        }
        return TestAxonServer.get();
    }

    /**
     * The gateway, every exchange with it held to the suite's {@link GatewayTrafficCheck}s, if it has any. A new
     * client each time, as before the checks: one kept across tests reused connections the gateway had closed.
     */
    public synchronized ShopApi gateway() {
        ShopApi gateway = services.get(Service.GATEWAY).api();
        if (gatewayChecks == null) {
            gatewayChecks = ServiceLoader.load(GatewayTrafficCheck.class).stream()
                    .map(provider -> provider.get().forGateway(gateway))
                    .toList();
        }
        List<ShopApi.ExchangeCheck> checks = gatewayChecks;
        return gateway.checkedBy((request, body, response) ->
                checks.forEach(check -> check.check(request, body, response)));
    }

    /** The service itself, bypassing the gateway. */
    public ShopApi direct(Service service) {
        return services.get(service).api();
    }

    /** The port a service listens on, for clients that build their own requests (a load generator). */
    public int port(Service service) {
        return services.get(service).port();
    }

    /**
     * Where the gateway keeps the key pair it signs tokens with (made fresh for this system), for token-attack
     * cases that forge with the real key so that each forgery fails for its one flaw alone.
     */
    public Path gatewayKeyDirectory() {
        return gatewayKeyDirectory;
    }

    /** What a service has logged so far. */
    public String logOf(Service service) {
        return services.get(service).log();
    }

    /** Kills a service as {@code kill -9} would, for tests of what survives a crash. */
    public void kill(Service service) {
        services.get(service).kill();
    }

    /** Starts a killed service again on its old port, so the gateway finds it where it was. */
    public void restart(Service service) {
        services.put(service, services.get(service).restart());
    }

    /** Stops a service gracefully (its processors release their tokens), to be restarted later. */
    public void stop(Service service) {
        services.get(service).close();
    }

    /** Starts a stopped service again on its old port with some environment variables changed. */
    public void restart(Service service, Map<String, String> changedEnvironment) {
        services.put(service, services.get(service).restart(changedEnvironment));
    }

    /**
     * A second gateway in front of the same services and accounts, as a scaled-out deployment runs several, with
     * some of its settings changed (say, small limits that the shared gateway must not have). It signs with the
     * same key, so its tokens are good everywhere. The caller stops it.
     */
    public ServiceProcess anotherGateway(Map<String, String> changedEnvironment) {
        return services.get(Service.GATEWAY).another(Service.GATEWAY.module() + "-2", changedEnvironment);
    }

    private void start() {
        // command-side first: in local mode it creates the shared event tables. The other three start side by
        // side, which takes a few seconds off every suite's start; their ports are chosen first so that the
        // gateway knows where the readers will listen before they do.
        services.put(Service.COMMAND_SIDE, ServiceProcess.start(Service.COMMAND_SIDE.module(),
                jar(Service.COMMAND_SIDE), shared));
        Map<Service, Integer> ports = new EnumMap<>(Map.of(
                Service.QUERY_SIDE, ServiceProcess.freePort(),
                Service.NOTIFICATION_HANDLER, ServiceProcess.freePort(),
                Service.GATEWAY, gatewayPort));
        Map<Service, Map<String, String>> environments = new EnumMap<>(Map.of(
                Service.QUERY_SIDE, shared,
                Service.NOTIFICATION_HANDLER, shared,
                Service.GATEWAY, gatewayEnvironment(ports)));
        Map<Service, CompletableFuture<ServiceProcess>> starting = new EnumMap<>(Service.class);
        environments.forEach((service, environment) -> starting.put(service, CompletableFuture.supplyAsync(() ->
                ServiceProcess.start(service.module(), jar(service), environment, ports.get(service)))));
        RuntimeException failed = null;
        for (Map.Entry<Service, CompletableFuture<ServiceProcess>> started : starting.entrySet()) {
            try {
                services.put(started.getKey(), started.getValue().join());
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            stop();
            throw failed;
        }
    }

    private Map<String, String> gatewayEnvironment(Map<Service, Integer> ports) {
        Map<String, String> environment = new HashMap<>(shared);
        environment.putAll(Map.of(
                "COMMAND_SIDE_URL", "http://localhost:" + services.get(Service.COMMAND_SIDE).port(),
                "QUERY_SIDE_URL", "http://localhost:" + ports.get(Service.QUERY_SIDE),
                "NOTIFICATION_HANDLER_URL", "http://localhost:" + ports.get(Service.NOTIFICATION_HANDLER),
                "ADMIN_EMAIL", ADMIN_EMAIL,
                "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JWT_KEY_DIRECTORY", gatewayKeyDirectory.toString(),
                // Every test customer signs up from 127.0.0.1; the limit is tested with a gateway of its own.
                "SIGNUP_MAX_PER_ADDRESS", "100000"));
        return environment;
    }

    private void stop() {
        for (Service service : new Service[]{Service.GATEWAY, Service.NOTIFICATION_HANDLER, Service.QUERY_SIDE,
                Service.COMMAND_SIDE}) {
            ServiceProcess process = services.get(service);
            if (process != null) {
                process.close();
            }
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar(Service service) {
        return Path.of(System.getProperty("shop.home", ".."), service.module(), "target", service.module() + ".jar");
    }
}
