package com.example.shop.axon.refusal;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.apidoc.ProblemResponses;
import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

import java.util.Set;

/** Every operation of a service can meet an outage ({@link Outages}): the API description says so, with its wait. */
class OutageResponses implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ProblemResponses.add(operation, HttpStatus.SERVICE_UNAVAILABLE, Set.of(ErrorCode.SERVICE_UNAVAILABLE));
        ProblemResponses.retryAfter(operation, HttpStatus.SERVICE_UNAVAILABLE,
                "seconds after which the same request may be sent again");
        return operation;
    }
}
