package com.example.shop.command;

import com.example.shop.api.common.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;

/**
 * A command the domain refuses, with the stable code callers tell refusals apart by. It is a
 * {@link CommandExecutionException} whose details are the code, so the code survives when the command
 * crossed a JVM (Axon Server) and the exception arrives as a plain {@code CommandExecutionException}.
 */
public class Refusal extends CommandExecutionException {

    public Refusal(ErrorCode code, String message) {
        super(message, null, code);
    }

    public ErrorCode code() {
        return (ErrorCode) getDetails().orElseThrow();
    }
}
