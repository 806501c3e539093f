package com.example.shop.web.problem;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.Optional;

/**
 * What an application knows about failures that would otherwise be unexpected (a 500): the services know that
 * Axon's refusals carry an error code and that an unreachable Axon Server is an outage, the gateway that a service
 * behind a route cannot be reached. Beans of this type are asked in their order before {@link ProblemHandler}
 * gives up; the first that recognises the failure answers.
 */
@FunctionalInterface
public interface FailureAnswer {

    /** The answer to this failure, or empty if this failure is not one this answer knows. */
    Optional<ResponseEntity<ProblemDetail>> answer(Throwable failure);

    /** Whether the failure, or anything that caused it however deeply wrapped, is of the given type. */
    static boolean isCausedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
