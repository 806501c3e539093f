package com.example.shop.testsupport;

import java.util.Locale;

/**
 * The two ways the shop runs, which the whole-system suites run in turn: {@code local}, with Axon's event store
 * in PostgreSQL, and {@code axonserver}, with Axon Server storing events and routing commands and queries (the
 * production topology). A test JVM runs one of them, chosen by the system property {@code shop.mode} (the build
 * sets it per run of a suite); local when unset.
 */
public enum RunMode {
    LOCAL, AXONSERVER;

    public static RunMode current() {
        String mode = System.getProperty("shop.mode", "local").trim().toUpperCase(Locale.ROOT);
        try {
            return valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("shop.mode is 'local' or 'axonserver', not '" + mode + "'", e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
