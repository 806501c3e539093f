package com.example.shop.gateway.account;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.FailureAnswer;
import com.example.shop.web.problem.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Hashing is saturated: 503 and a second's wait, the gateway's own load and not the caller's mistake. */
@Component
@Order(3)
class HashingSaturatedAnswer implements FailureAnswer {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable failure) {
        if (!FailureAnswer.isCausedBy(failure, HashingSaturated.class)) {
            return Optional.empty();
        }
        return Optional.of(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.TOO_BUSY,
                        "too many password checks at once; try again in a second")));
    }
}
