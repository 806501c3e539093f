package com.example.shop.localrun.lifecycle;

/**
 * Something the person running the launcher can act on: its message says what went wrong and what to do.
 * It ends the run with exit code 1 and no stack trace, because a trace would hide that advice.
 */
public class StartupFailure extends RuntimeException {

    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
