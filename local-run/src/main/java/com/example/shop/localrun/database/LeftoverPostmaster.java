package com.example.shop.localrun.database;

import com.example.shop.localrun.lifecycle.StartupFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server still running on the data directory, found through the {@code postmaster.pid} file that
 * PostgreSQL keeps there while it runs. It exists only when an earlier run was killed without its shutdown
 * hook (kill -9, a crash of the JVM), and it may still have services of that run connected to it.
 */
final class LeftoverPostmaster {

    private LeftoverPostmaster() {
    }

    /** The pid of the server running on the data directory, if one is. */
    static Optional<ProcessHandle> of(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).strip());
            // After a reboot the file can name a pid that now belongs to something else.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        } catch (IOException | RuntimeException unreadable) {
            // Half-written or stale: PostgreSQL itself decides what to do with it on start.
            return Optional.empty();
        }
    }

    /** Refuses to start beside a leftover server; stopping it could cut off services of that earlier run. */
    static void refuseIfRunning(Path dataDirectory) {
        of(dataDirectory).ifPresent(server -> {
            throw new StartupFailure("PostgreSQL of an earlier run is still running on " + dataDirectory + " (pid "
                    + server.pid() + "), probably because that run was killed before it could stop it. Stop that "
                    + "run's processes (see: ps -ef | grep -E 'postgres|target/.*\\.jar'), e.g. kill " + server.pid()
                    + ", then start again.");
        });
    }
}
