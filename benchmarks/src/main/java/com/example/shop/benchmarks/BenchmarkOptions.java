package com.example.shop.benchmarks;

import com.example.shop.testsupport.RunMode;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code --quick}, {@code --only all|throughput|load|read|replay}, {@code --mode local|axonserver} and
 * {@code --note "..."}. A mistake is refused with a one-line reason before anything is started, rather than after
 * minutes of starting the system.
 */
record BenchmarkOptions(boolean quick, Phases phases, RunMode mode, Optional<String> note) {

    static BenchmarkOptions parse(String... args) {
        List<String> options = Arrays.asList(args);
        RunMode mode = valueOf(options, "--mode").map(BenchmarkOptions::runMode).orElse(RunMode.LOCAL);
        Phases phases = valueOf(options, "--only").map(BenchmarkOptions::phases).orElse(Phases.ALL);
        if (mode == RunMode.AXONSERVER && phases == Phases.REPLAY) {
            throw new IllegalArgumentException("--only replay seeds history into PostgreSQL's event table, which "
                    + "axonserver mode does not have (its events are in Axon Server): run it with --mode local");
        }
        return new BenchmarkOptions(options.contains("--quick"), phases, mode, valueOf(options, "--note"));
    }

    private static Optional<String> valueOf(List<String> options, String option) {
        int at = options.indexOf(option);
        if (at < 0) {
            return Optional.empty();
        }
        if (at + 1 >= options.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return Optional.of(options.get(at + 1));
    }

    private static RunMode runMode(String value) {
        return Arrays.stream(RunMode.values()).filter(mode -> mode.label().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--mode takes local or axonserver, not " + value));
    }

    private static Phases phases(String value) {
        return Arrays.stream(Phases.values()).filter(phases -> phases.label().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "--only takes throughput, load, read or replay (or all, the default), not " + value));
    }
}
