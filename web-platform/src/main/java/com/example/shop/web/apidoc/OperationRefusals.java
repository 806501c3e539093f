package com.example.shop.web.apidoc;

import com.example.shop.api.common.ErrorCode;
import io.swagger.v3.oas.models.Operation;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The refusals of one endpoint: a malformed request (any request can be one: a bad id, a bad parameter, a body
 * that is not JSON of the expected shape), invalid values where the endpoint validates its input, an unsupported
 * body type where it takes a body, and what its {@link Refusals} name.
 */
class OperationRefusals implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<ErrorCode> badRequest = new ArrayList<>(List.of(ErrorCode.MALFORMED_REQUEST));
        if (validates(handler)) {
            badRequest.add(ErrorCode.VALIDATION_FAILED);
        }
        ProblemResponses.add(operation, HttpStatus.BAD_REQUEST, badRequest);
        if (takesBody(handler)) {
            ProblemResponses.add(operation, HttpStatus.UNSUPPORTED_MEDIA_TYPE, Set.of(ErrorCode.MALFORMED_REQUEST));
        }
        Refusals refusals = handler.getMethodAnnotation(Refusals.class);
        if (refusals != null) {
            ProblemResponses.add(operation, Arrays.asList(refusals.value()));
            if (refusals.unprocessable().length > 0) {
                ProblemResponses.add(operation, HttpStatus.UNPROCESSABLE_CONTENT, Arrays.asList(refusals.unprocessable()));
            }
        }
        return operation;
    }

    private static boolean takesBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }

    /** A {@code @Valid} body or a parameter with a constraint ({@code @Min}, {@code @Size}, ...). */
    private static boolean validates(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            for (Annotation annotation : parameter.getParameterAnnotations()) {
                if (annotation instanceof Valid
                        || annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                    return true;
                }
            }
        }
        return false;
    }
}
