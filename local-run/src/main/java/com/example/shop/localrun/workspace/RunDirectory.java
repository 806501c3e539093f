package com.example.shop.localrun.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code .run/} folder at the repository root: everything a local run keeps between runs (the databases,
 * the signing keys) and the logs of the last run. Git ignores it; deleting it starts clean.
 */
public final class RunDirectory {

    private final Path root;

    private RunDirectory(Path root) {
        this.root = root;
    }

    /** The folder under the repository root, with its sub-folders created. */
    public static RunDirectory under(Path repositoryRoot) {
        RunDirectory run = new RunDirectory(repositoryRoot.resolve(".run"));
        try {
            Files.createDirectories(run.keys());
            Files.createDirectories(run.logs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + run.root, e);
        }
        return run;
    }

    public Path root() {
        return root;
    }

    /** PostgreSQL's data directory; kept so that the data survives a restart. */
    public Path postgresData() {
        return root.resolve("postgres");
    }

    /** The MongoDB-protocol server's data file; kept so that notification logs and read models survive a restart. */
    public Path mongoData() {
        return root.resolve("mongo");
    }

    /** Where the gateway keeps its JWT signing keys, so that tokens stay valid across restarts. */
    public Path keys() {
        return root.resolve("keys");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path logOf(String name) {
        return logs().resolve(name + ".log");
    }

    /** The admin token of the current run, for scripts: {@code TOKEN=$(cat .run/admin-token)}. */
    public Path adminToken() {
        return root.resolve("admin-token");
    }
}
