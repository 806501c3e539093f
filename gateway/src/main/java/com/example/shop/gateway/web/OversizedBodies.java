package com.example.shop.gateway.web;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.FailureAnswer;
import com.example.shop.web.problem.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A body that grew past the limit while it was read ({@link RequestBodyLimit}) surfaces wrapped in whatever was
 * reading it: the JSON reader of the gateway's own endpoints, or the client forwarding it to a service. Either way
 * it is the client's 413, not a 400 or a service that cannot be reached; so this answer comes first.
 */
@Component
@Order(1)
class OversizedBodies implements FailureAnswer {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable failure) {
        if (!FailureAnswer.isCausedBy(failure, BodyTooLarge.class)) {
            return Optional.empty();
        }
        return Optional.of(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, ErrorCode.REQUEST_TOO_LARGE,
                        "the request body is larger than this call accepts")));
    }
}
