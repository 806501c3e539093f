package com.example.shop.benchmarks.cpu;

import com.example.shop.testsupport.RunMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time every part of the system has used so far (user and system, in clock ticks), and how busy the whole
 * machine has been. Two readings around a measured burst tell what one order costs each part, so the table shows
 * where the time goes when every core is saturated. {@code jitTicks} is the part of the services' ticks their JIT
 * compiler threads used: a system still compiling its code is not yet the system a shop runs for days.
 */
public record CpuTime(Map<String, Long> ticksByPart, long jitTicks, long machineBusyTicks, long machineTotalTicks) {

    /** This JVM: the load generator, and the MongoDB-protocol server it hosts. */
    private static final String LOAD = "load & MongoDB server";

    private static final List<String> SERVICES = List.of("gateway", "command-side", "query-side",
            "notification-handler");

    /** The parts a replay keeps busy: the processors, the stores they write to. */
    public static final List<String> REPLAY_PARTS = List.of("query-side", "postgresql", LOAD);

    /** Clock ticks per second of /proc (USER_HZ): 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private static final Path PROC = Path.of("/proc");
    private static final long SELF = ProcessHandle.current().pid();

    /** Whether this machine can be read (Linux); elsewhere the CPU figures are left out. */
    public static boolean available() {
        return Files.isReadable(PROC.resolve("stat"));
    }

    /**
     * The parts, in the order the report lists them. In axonserver mode Axon Server stores and routes every message,
     * so its process is a part there; only there, so that a local run lists the parts it always did and counts no
     * Axon Server that happens to run on the machine.
     */
    public static List<String> parts() {
        List<String> parts = new ArrayList<>(SERVICES);
        parts.add("postgresql");
        if (RunMode.current() == RunMode.AXONSERVER) {
            parts.add("axon server");
        }
        parts.add(LOAD);
        return parts;
    }

    public static CpuTime read() throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        parts().forEach(part -> ticks.put(part, 0L));
        long jit = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                String part = partOf(process);
                if (part != null && ticks.containsKey(part)) {
                    ticks.merge(part, ticksOf(process), Long::sum);
                    if (SERVICES.contains(part)) {
                        jit += compilerTicksOf(process);
                    }
                }
            }
        }
        // cpu  user nice system idle iowait irq softirq steal ...
        String[] machine = Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
        long busy = 0;
        long total = 0;
        for (int i = 1; i < Math.min(machine.length, 9); i++) {
            long value = Long.parseLong(machine[i]);
            total += value;
            busy += (i == 4 || i == 5) ? 0 : value;
        }
        return new CpuTime(ticks, jit, busy, total);
    }

    /** A reading, or nothing measured where /proc cannot be read. */
    public static CpuTime readIfAvailable() {
        try {
            return available() ? read() : none();
        } catch (IOException e) {
            return none();
        }
    }

    public static double millis(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** The share of the services' CPU their JIT compilers used over the reading; NaN where nothing was read. */
    public double jitShareOfServices() {
        long services = SERVICES.stream().mapToLong(part -> ticksByPart.getOrDefault(part, 0L)).sum();
        return services == 0 ? Double.NaN : (double) jitTicks / services;
    }

    /** How busy the whole machine was over the reading; NaN where nothing was read. */
    public double machineBusyShare() {
        return machineTotalTicks == 0 ? Double.NaN : (double) machineBusyTicks / machineTotalTicks;
    }

    public CpuTime since(CpuTime earlier) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticksByPart.forEach((part, value) -> ticks.put(part, value - earlier.ticksByPart.getOrDefault(part, 0L)));
        return new CpuTime(ticks, jitTicks - earlier.jitTicks, machineBusyTicks - earlier.machineBusyTicks,
                machineTotalTicks - earlier.machineTotalTicks);
    }

    public CpuTime plus(CpuTime other) {
        Map<String, Long> ticks = new LinkedHashMap<>(ticksByPart);
        other.ticksByPart.forEach((part, value) -> ticks.merge(part, value, Long::sum));
        return new CpuTime(ticks, jitTicks + other.jitTicks, machineBusyTicks + other.machineBusyTicks,
                machineTotalTicks + other.machineTotalTicks);
    }

    public static CpuTime none() {
        return new CpuTime(Map.of(), 0, 0, 0);
    }

    /** A process of the system, told by its command line; null for anything else on the machine. */
    private static String partOf(Path process) {
        try {
            if (Long.parseLong(process.getFileName().toString()) == SELF) {
                return LOAD;
            }
            String commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            for (String service : SERVICES) {
                if (commandLine.contains("/" + service + ".jar")) {
                    return service;
                }
            }
            if (commandLine.contains("axonserver.jar")) {
                return "axon server";
            }
            return commandLine.startsWith("postgres") || commandLine.contains("/bin/postgres") ? "postgresql" : null;
        } catch (IOException | NumberFormatException e) {
            return null; // gone between listing and reading
        }
    }

    private static long ticksOf(Path process) {
        try {
            return ticksIn(Files.readString(process.resolve("stat")));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The ticks of a JVM's compiler threads, named "C1 CompilerThread0" and so on (cut to 15 characters). */
    private static long compilerTicksOf(Path process) {
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path thread : threads) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        ticks += ticksIn(stat);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    /** Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th. */
    private static long ticksIn(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
