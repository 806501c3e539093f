package com.example.shop.query.replay;

import com.example.shop.query.deadletter.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts the rebuild of a read model: a new, empty generation to write to, and the event log position it
 * must reach to be complete. Called from the read model's reset handler, so a rebuild starts the same way
 * whoever resets the processor's tokens. The events its processor had parked are dropped: the rebuild handles
 * them again (see {@link DeadLetters#forget}).
 */
@Component
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final ReadModelGenerations generations;
    private final EventLogHead head;
    // looked up when needed: the dead letters are Axon's processors' state, and the projections that call this
    // class are created before those processors
    private final ObjectProvider<DeadLetters> deadLetters;

    Rebuilds(ReadModelGenerations generations, EventLogHead head, ObjectProvider<DeadLetters> deadLetters) {
        this.generations = generations;
        this.head = head;
        this.deadLetters = deadLetters;
    }

    public void begin(ReadModel readModel) {
        generations.rebuild(readModel.name()).ifPresent(abandoned -> readModel.dropGeneration(abandoned.building()));
        long replayUntil = head.position();
        int building = generations.startBuilding(readModel.name(), replayUntil);
        // A generation number can come back after an abandoned rebuild: start it empty.
        readModel.dropGeneration(building);
        deadLetters.getObject().forget(readModel.name());
        log.info("Rebuilding read model {} as generation {} up to event log position {}",
                readModel.name(), building, replayUntil);
    }
}
