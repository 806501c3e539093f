package com.example.shop.localrun.service;

import com.example.shop.localrun.console.Console;
import com.example.shop.localrun.lifecycle.FreePort;
import com.example.shop.localrun.lifecycle.StartupFailure;
import com.example.shop.localrun.workspace.RunDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts a service from its jar as a child process: {@code java -jar <jar>}, output to its log file. */
public final class ServiceLauncher {

    private final Path repositoryRoot;
    private final RunDirectory run;
    private final Map<String, String> environment;

    /** @param environment what every service gets, see {@link ServiceEnvironment} */
    public ServiceLauncher(Path repositoryRoot, RunDirectory run, Map<String, String> environment) {
        this.repositoryRoot = repositoryRoot;
        this.run = run;
        this.environment = environment;
    }

    public ServiceProcess launch(ServiceDefinition service) {
        // Checked once more right before the start, in case something took the port while others started.
        Path jar = requireStartable(repositoryRoot, service);
        Path log = run.logOf(service.name());
        ProcessBuilder builder = new ProcessBuilder(List.of(javaOfThisLauncher(), "-jar", jar.toString()))
                .directory(repositoryRoot.toFile())
                .redirectErrorStream(true)
                // A fresh log each run, so that its tail on failure is about this run.
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        // Overrides the service's own default, so that the port checked for health is the one it listens on.
        builder.environment().put("SERVER_PORT", Integer.toString(service.port()));
        try {
            Process process = builder.start();
            // The services read nothing from stdin; closing it keeps a stray read from blocking forever.
            process.getOutputStream().close();
            Console.about(service.name(), "starting on port " + service.port() + " (pid " + process.pid() + ", log "
                    + repositoryRoot.relativize(log) + ")");
            return new ServiceProcess(service, process, log);
        } catch (IOException e) {
            throw new StartupFailure("Cannot start " + service.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the service's jar is built and its port is free.
     *
     * @return the jar
     */
    public static Path requireStartable(Path repositoryRoot, ServiceDefinition service) {
        Path jar = repositoryRoot.resolve(service.jar());
        if (!Files.isRegularFile(jar)) {
            throw new StartupFailure(service.name() + " is not built: " + jar + " is missing. Build it with "
                    + "./mvnw -DskipTests package, or start with ./run.sh, which builds first.");
        }
        FreePort.require(service.port(), service.name(), "Is an earlier run, or the service started from an IDE, "
                + "still running?");
        return jar;
    }

    /** The services need Java 17 as the launcher does; reusing its JVM avoids picking another from the PATH. */
    private static String javaOfThisLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
