package com.example.shop.query.replay;

/**
 * A read model that can be rebuilt: a processing group of the same name projects events into it, and its data
 * is kept per generation so that a rebuild never disturbs the generation that queries read.
 */
public interface ReadModel {

    /** The read model's name, which is also its processing group's name. */
    String name();

    /** Removes everything stored for one generation: an old one after a rebuild, or an abandoned rebuild. */
    void dropGeneration(int generation);
}
