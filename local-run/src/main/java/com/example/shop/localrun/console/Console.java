package com.example.shop.localrun.console;

/**
 * Every line the launcher prints, prefixed with who speaks, so they stand apart from anything else in the
 * terminal. Services never write here: their output goes to their log files.
 */
public final class Console {

    private static final String LAUNCHER = "local-run";

    private Console() {
    }

    public static void info(String message) {
        say(LAUNCHER, message);
    }

    /** A line about one service or PostgreSQL, prefixed with its name. */
    public static void about(String who, String message) {
        say(who, message);
    }

    public static void error(String message) {
        System.err.println("[" + LAUNCHER + "] ERROR: " + message);
        System.err.flush();
    }

    public static void blankLine() {
        System.out.println();
    }

    /** Prints text as it is, for the banner and log tails. */
    public static void raw(String text) {
        System.out.println(text);
        System.out.flush();
    }

    private static void say(String who, String message) {
        System.out.println("[" + who + "] " + message);
        System.out.flush();
    }
}
