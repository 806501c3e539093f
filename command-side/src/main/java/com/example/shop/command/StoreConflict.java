package com.example.shop.command;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event store refused a command's events because another writer had taken their sequence numbers: a lost race
 * for an existing aggregate, or, for a creation, a stream that exists already.
 * <p>
 * The two run modes say so differently. The JDBC store raises Axon's {@link ConcurrencyException} or
 * {@link AggregateStreamCreationException}. Axon Server refuses the append with its code AXONIQ-2000 when the
 * handler's unit of work commits; Axon 4.13 passes that on unconverted (a gRPC status), so it reaches the sender
 * only as the message of a {@code CommandExecutionException} ("[AXONIQ-2000] Invalid sequence number 0 for
 * aggregate …"). The sequence number it names tells a creation (0) from a race.
 */
public record StoreConflict(boolean creation) {

    private static final Pattern AXON_SERVER_REFUSAL = Pattern.compile("\\[AXONIQ-2000] Invalid sequence number (\\d+)");

    /** The conflict a command failure stands for, if it stands for one. */
    public static Optional<StoreConflict> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException) {
                return Optional.of(new StoreConflict(true));
            }
            if (cause instanceof ConcurrencyException) {
                return Optional.of(new StoreConflict(false));
            }
            Matcher refusal = AXON_SERVER_REFUSAL.matcher(String.valueOf(cause.getMessage()));
            if (refusal.find()) {
                return Optional.of(new StoreConflict(refusal.group(1).equals("0")));
            }
        }
        return Optional.empty();
    }
}
