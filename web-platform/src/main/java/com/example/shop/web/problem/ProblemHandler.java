package com.example.shop.web.problem;

import com.example.shop.api.common.ErrorCode;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns every error of every web application of the shop into a problem document with a stable {@code code}. A
 * client's mistake is a 4xx that says what is wrong; a failure one of the application's {@link FailureAnswer}s
 * knows gets that answer (an outage a 503 with {@code Retry-After}); anything else is a 500 that says nothing about
 * the inside and is logged.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final List<FailureAnswer> answers;

    public ProblemHandler(ObjectProvider<FailureAnswer> answers) {
        this.answers = answers.orderedStream().toList();
    }

    @ExceptionHandler(UnprocessableRequest.class)
    ResponseEntity<ProblemDetail> unprocessable(UnprocessableRequest e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST,
                "parameter '" + e.getName() + "' has an invalid value");
    }

    /** A query parameter that is not valid UTF-8 once decoded: Tomcat cannot tell what was meant. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST,
                "a parameter is not correctly encoded UTF-8");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidValue(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(violation -> Map.of("field", violation.getPropertyPath().toString(),
                        "message", violation.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.validation("the request has invalid values", errors));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return known(e).orElseGet(() -> {
            log.error("Unexpected error", e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL_ERROR,
                    "an unexpected error occurred");
        });
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of(
                        "field", error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.validation("the request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest().body(Problems.validation("the request has invalid values", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // Reading the body may fail for a reason of the application's own (the gateway's limit on its size).
        return known(e).<ResponseEntity<Object>>map(answer -> ResponseEntity.status(answer.getStatusCode())
                        .headers(answer.getHeaders()).body((Object) answer.getBody()))
                .orElseGet(() -> ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
                        ErrorCode.MALFORMED_REQUEST,
                        "the request body is missing or is not valid JSON of the expected shape")));
    }

    /** Adds a code to the problems Spring MVC builds itself (405, 406, 415, 404 for unknown paths, ...). */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", status.is5xxServerError()
                    ? ErrorCode.INTERNAL_ERROR.name() : ErrorCode.MALFORMED_REQUEST.name());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private Optional<ResponseEntity<ProblemDetail>> known(Throwable failure) {
        return answers.stream().map(answer -> answer.answer(failure)).flatMap(Optional::stream).findFirst();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ErrorCode code, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, code, detail));
    }
}
