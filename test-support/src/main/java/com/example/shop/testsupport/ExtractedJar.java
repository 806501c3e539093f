package com.example.shop.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A service's Spring Boot jar unpacked the way Spring Boot's {@code extract} tool lays it out for production
 * (the application jar beside its libraries in {@code lib/}): a JVM loads classes from plain jars on the class path
 * far more cheaply than from jars nested in the fat jar, and loading classes is most of what a service does while
 * it starts. Unpacked once per build of the jar, next to it.
 */
final class ExtractedJar {

    private static final String CLASS_ARCHIVE = "classes.jsa";

    private ExtractedJar() {
    }

    /** The launchable jar of the unpacked layout, unpacking {@code bootJar} first if it is newer. */
    static synchronized Path of(Path bootJar) {
        String name = bootJar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path destination = bootJar.resolveSibling(name + "-extracted");
        Path launcher = destination.resolve(bootJar.getFileName());
        try {
            if (Files.isRegularFile(launcher)
                    && !Files.getLastModifiedTime(launcher).toInstant()
                    .isBefore(Files.getLastModifiedTime(bootJar).toInstant())) {
                return launcher;
            }
            // an archive of the classes of the jar unpacked before no longer fits
            Files.deleteIfExists(destination.resolve(CLASS_ARCHIVE));
            extract(bootJar, destination);
            // The tool keeps the entries' fixed (reproducible) timestamps; the jar's own time lets a newer jar show.
            Files.setLastModifiedTime(launcher, Files.getLastModifiedTime(bootJar));
            return launcher;
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack " + bootJar, e);
        }
    }

    /**
     * Class data sharing: a run of a freshly unpacked service may write the classes it loaded to an archive when it
     * stops, and every later start maps them from there instead of loading and verifying them again. An archive
     * that does not fit (another JDK, a service killed while writing it) is ignored by the JVM, with a warning in
     * the service's log.
     *
     * @param mayWrite whether this run may write the archive when there is none: the test suites do, to start
     *                 the services of the suites after them faster; a benchmark does not, since the JVM records no
     *                 flight recording while it keeps track of classes to archive
     */
    static Optional<String> classArchiveOption(Path launcher, boolean mayWrite) {
        Path archive = launcher.resolveSibling(CLASS_ARCHIVE);
        if (Files.isRegularFile(archive)) {
            return Optional.of("-XX:SharedArchiveFile=" + archive);
        }
        return mayWrite ? Optional.of("-XX:ArchiveClassesAtExit=" + archive) : Optional.empty();
    }

    private static void extract(Path bootJar, Path destination) throws IOException {
        Path log = Files.createTempFile("extract-", ".log");
        Process tool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--force", "--destination",
                destination.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!tool.waitFor(120, TimeUnit.SECONDS) || tool.exitValue() != 0) {
                tool.destroyForcibly();
                throw new IllegalStateException("unpacking " + bootJar + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
