package com.example.shop.localrun.lifecycle;

/** Thrown into the startup when Ctrl-C came first, so that it starts nothing more and ends quietly. */
public class ShutdownInProgress extends RuntimeException {

    public ShutdownInProgress() {
        super("shutting down", null, false, false);
    }
}
