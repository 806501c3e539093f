package com.example.shop.axon.refusal;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.FailureAnswer;
import com.example.shop.web.problem.Problems;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

import java.util.List;
import java.util.Optional;

/**
 * Failures that mean a part the service depends on is away for the moment, not that the request or the code is
 * wrong: Axon Server unreachable (the connector's own exceptions), no handler known for a command or query (on
 * Axon Server: the handling service has not reconnected yet), or the database unreachable. The client may send
 * the same request again shortly, so they answer 503 with {@code Retry-After} rather than 500.
 */
final class Outages implements FailureAnswer {

    private static final Logger log = LoggerFactory.getLogger(Outages.class);
    /** Axon Server and the database are back within seconds after a restart; reconnecting takes about as long. */
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final List<Class<? extends Throwable>> OUTAGES = List.of(
            io.axoniq.axonserver.connector.AxonServerException.class,
            org.axonframework.axonserver.connector.AxonServerException.class,
            NoHandlerForCommandException.class,
            NoHandlerForQueryException.class,
            DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class);

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable failure) {
        if (!isOutage(failure)) {
            return Optional.empty();
        }
        log.warn("Refused a request while a part is unavailable: {}", failure.toString());
        return Optional.of(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE,
                        "the service cannot reach a part it needs for the moment; try again shortly")));
    }

    static boolean isOutage(Throwable failure) {
        return OUTAGES.stream().anyMatch(outage -> FailureAnswer.isCausedBy(failure, outage));
    }
}
