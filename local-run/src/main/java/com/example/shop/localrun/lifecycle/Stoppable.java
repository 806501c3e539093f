package com.example.shop.localrun.lifecycle;

/** Something the launcher started and must stop again before it exits. */
public interface Stoppable {

    /** Stops it and waits until it is gone; never throws, so that the things started before it still stop. */
    void stop();
}
