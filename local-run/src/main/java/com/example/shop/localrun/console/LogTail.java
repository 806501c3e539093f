package com.example.shop.localrun.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The last lines of a log, shown when something fails so that the cause is visible without opening files. */
public final class LogTail {

    private static final int LINES = 40;

    private LogTail() {
    }

    public static String of(Path log) {
        try {
            // Logs of one run stay small enough to read whole; a malformed byte must not hide the rest.
            List<String> lines = List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\\R"));
            List<String> tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
            return "----- last lines of " + log + " -----\n"
                    + tail.stream().map(line -> "  | " + line).collect(Collectors.joining("\n"))
                    + "\n----- end of " + log.getFileName() + " -----";
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
