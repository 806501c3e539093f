package com.example.shop.localrun.mongo;

import com.example.shop.localrun.console.Console;
import com.example.shop.localrun.lifecycle.FreePort;
import com.example.shop.localrun.lifecycle.StartupFailure;
import com.example.shop.localrun.lifecycle.Stoppable;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-protocol server (mongo-java-server) inside the launcher, since no real mongod can be installed on
 * the machines this runs on. Its H2 backend keeps the data in one file under {@code .run/mongo}, so notification
 * logs and read models survive a restart like PostgreSQL's data does. It answers what the services use:
 * documents, unique ids, conditional updates, simple queries and sorts; it accepts other indexes and ignores them.
 */
public final class EmbeddedMongo implements Stoppable {

    public static final String NAME = "mongodb";
    static final String DATABASE = "shop";
    private static final String DATA_FILE = "shop.mv";

    private final MongoServer server;
    private final int port;
    private final Path dataFile;

    private EmbeddedMongo(MongoServer server, int port, Path dataFile) {
        this.server = server;
        this.port = port;
        this.dataFile = dataFile;
    }

    public static EmbeddedMongo start(Path dataDirectory, int port) {
        FreePort.require(port, "MongoDB", "Set LOCAL_MONGO_PORT to another port, or MONGODB_URI to use a MongoDB "
                + "you run yourself.");
        Path dataFile = dataDirectory.resolve(DATA_FILE);
        Console.about(NAME, (Files.isRegularFile(dataFile) ? "starting on the data kept in " : "creating new data in ")
                + dataFile + " (port " + port + ")");
        H2Backend backend;
        try {
            Files.createDirectories(dataDirectory);
            backend = new H2Backend(dataFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new StartupFailure("MongoDB could not open " + dataFile + ": " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("locked")
                    ? " - another local run is using it." : ""), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new StartupFailure("MongoDB could not listen on port " + port + ": " + e.getMessage(), e);
        }
        EmbeddedMongo mongo = new EmbeddedMongo(server, port, dataFile);
        Console.about(NAME, "up: " + mongo.connection().uri());
        return mongo;
    }

    public MongoConnection connection() {
        String uri = "mongodb://localhost:" + port + "/" + DATABASE;
        return new MongoConnection(uri, uri + " (mongo-java-server; data in " + dataFile + ")");
    }

    /** Closes the services' connections, which are gone by now anyway, and writes the data file to disk. */
    @Override
    public void stop() {
        Console.about(NAME, "stopping");
        try {
            server.shutdownNow();
            Console.about(NAME, "stopped");
        } catch (RuntimeException e) {
            Console.error("MongoDB did not stop cleanly: " + e.getMessage());
        }
    }
}
