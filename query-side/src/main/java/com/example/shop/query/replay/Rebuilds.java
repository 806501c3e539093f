package com.example.shop.query.replay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts the rebuild of a read model: a new, empty generation to write to, and the event log position it
 * must reach to be complete. Called from the read model's reset handler, so a rebuild starts the same way
 * whoever resets the processor's tokens.
 */
@Component
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final ReadModelGenerations generations;
    private final EventLogHead head;

    Rebuilds(ReadModelGenerations generations, EventLogHead head) {
        this.generations = generations;
        this.head = head;
    }

    public void begin(ReadModel readModel) {
        generations.rebuild(readModel.name()).ifPresent(abandoned -> readModel.dropGeneration(abandoned.building()));
        long replayUntil = head.position();
        int building = generations.startBuilding(readModel.name(), replayUntil);
        // A generation number can come back after an abandoned rebuild: start it empty.
        readModel.dropGeneration(building);
        log.info("Rebuilding read model {} as generation {} up to event log position {}",
                readModel.name(), building, replayUntil);
    }
}
