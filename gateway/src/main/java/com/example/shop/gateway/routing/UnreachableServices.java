package com.example.shop.gateway.routing;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.FailureAnswer;
import com.example.shop.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;

import java.util.Optional;

/** The service behind a route is down or unreachable: the gateway's own failure, and the caller may try later. */
@Component
@Order(2)
class UnreachableServices implements FailureAnswer {

    private static final Logger log = LoggerFactory.getLogger(UnreachableServices.class);

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable failure) {
        if (!FailureAnswer.isCausedBy(failure, ResourceAccessException.class)) {
            return Optional.empty();
        }
        log.warn("A service could not be reached: {}", failure.getMessage());
        return Optional.of(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE,
                        "the service that answers this call cannot be reached; try again later")));
    }
}
