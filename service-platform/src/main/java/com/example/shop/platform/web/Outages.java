package com.example.shop.platform.web;

import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that mean a part the service depends on is away for the moment, not that the request or the code is
 * wrong: Axon Server unreachable (the connector's own exceptions), no handler known for a command or query (on
 * Axon Server: the handling service has not reconnected yet), or the database unreachable. The client may send
 * the same request again shortly, so they answer 503 rather than 500.
 */
final class Outages {

    private Outages() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.axoniq.axonserver.connector.AxonServerException
                    || cause instanceof org.axonframework.axonserver.connector.AxonServerException
                    || cause instanceof NoHandlerForCommandException
                    || cause instanceof NoHandlerForQueryException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
