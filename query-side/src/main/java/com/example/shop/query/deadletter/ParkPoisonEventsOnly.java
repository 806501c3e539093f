package com.example.shop.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Decides what happens to an event a read model failed on.
 * <ul>
 *     <li>A failure of the infrastructure (a database that cannot be reached, a timeout, a lock conflict) says
 *     nothing about the event: it is rethrown, so the processor rolls the batch back and retries it with back-off,
 *     as before there was a queue. Parking would move every event of the outage into the queue.</li>
 *     <li>Anything else is a poison event for this read model: it is parked, never skipped, with its cause, and
 *     the rest of its sequence queues up behind it. Each failed retry counts in the letter's diagnostics, so an
 *     admin can tell a cause that is still there from a new one.</li>
 * </ul>
 */
class ParkPoisonEventsOnly implements EnqueuePolicy<EventMessage<?>> {

    /** The diagnostics entry that counts failed retries. */
    static final String RETRIES = "retries";

    private static final Logger log = LoggerFactory.getLogger(ParkPoisonEventsOnly.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isInfrastructureFailure(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        log.warn("Parking event {} ({}): {}", letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(), cause.toString());
        return Decisions.<EventMessage<?>>requeue(ThrowableCause.truncated(cause), ParkPoisonEventsOnly::countRetry);
    }

    private static MetaData countRetry(DeadLetter<?> letter) {
        Object retries = letter.diagnostics().get(RETRIES);
        // A letter parked for the first time has no entry yet: it has not been retried.
        long count = retries instanceof Number n ? n.longValue() + 1 : 0;
        return letter.diagnostics().and(RETRIES, count);
    }

    static boolean isInfrastructureFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
