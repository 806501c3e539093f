package com.example.shop.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sends the command of an HTTP request and waits for its result. A command that lost a race for its aggregate
 * (another writer appended the same sequence number first, so the event store refused this append and the unit of
 * work rolled back) is sent again, and is decided on the state the winner left: the caller asked for something
 * that may well still be valid, only the timing went against it. A creation whose aggregate exists already ends in
 * {@link AggregateAlreadyExists}, in either run mode ({@link StoreConflict}). The saga does not go through here; a
 * step of its rolls back as a whole and its processor tries the step again.
 */
@Component
public class RequestCommands {

    static final int ATTEMPTS = 3;

    private final CommandGateway commands;

    RequestCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public <R> R sendAndWait(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(command);
            } catch (RuntimeException failure) {
                Optional<StoreConflict> conflict = StoreConflict.of(failure);
                if (conflict.isPresent() && conflict.get().creation()) {
                    throw new AggregateAlreadyExists(failure);
                }
                if (conflict.isEmpty() || attempt == ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }
}
