package com.example.shop.query.replay;

import org.axonframework.eventhandling.ResetHandler;

/**
 * The part every projection into a rebuildable read model shares: when its processor is reset for a replay, a new
 * generation begins ({@link Rebuilds#begin}) before the first replayed event arrives. Subclasses are the processing
 * group of the same name and write into the generation being built.
 */
public abstract class RebuildableReadModel implements ReadModel {

    private final String name;
    private final Rebuilds rebuilds;

    protected RebuildableReadModel(String name, Rebuilds rebuilds) {
        this.name = name;
        this.rebuilds = rebuilds;
    }

    // Neither method is final: a projection may be proxied (transactions), and a final method would run on the
    // proxy's own, empty fields instead of the projection's.
    @ResetHandler
    public void onReset() {
        rebuilds.begin(this);
    }

    @Override
    public String name() {
        return name;
    }
}
