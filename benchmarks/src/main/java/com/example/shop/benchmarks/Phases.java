package com.example.shop.benchmarks;

import java.util.Locale;

/** Which phases a run measures: all of them, or one part alone, to compare a change before and after. */
enum Phases {

    /** The load phases, the reads, then the history phases: seeding, replay, growth, inventory load. */
    ALL,
    /** Saturation rounds, CPU and database cost per confirmed order, the PostgreSQL floor. */
    THROUGHPUT,
    /** {@link #THROUGHPUT}, then open-loop latency and placed to CONFIRMED visibility: what a live shop feels. */
    LOAD,
    /** Seeded history, then the replay of every read model. */
    REPLAY,
    /** Catalog and order reads, through the gateway and straight to query-side: saturation, then a fixed rate. */
    READ;

    /** As {@code --only} takes it. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
