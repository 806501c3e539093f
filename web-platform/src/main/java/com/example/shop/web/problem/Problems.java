package com.example.shop.web.problem;

import com.example.shop.api.common.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem documents that carry a stable error {@code code}: the one shape of every refusal, at the
 * gateway and at the services alike, so a client cannot tell which of them refused its call.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code.name());
        return problem;
    }

    /** For the answers given before Spring MVC is reached (servlet filters, Spring Security). */
    public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, ErrorCode code,
                             String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), of(status, code, detail));
    }

    /** The status a refusal with this code answers with. */
    public static HttpStatus statusOf(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED, MALFORMED_REQUEST -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED, INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN -> HttpStatus.UNAUTHORIZED;
            case ACCESS_DENIED -> HttpStatus.FORBIDDEN;
            case PRODUCT_NOT_FOUND, ORDER_NOT_FOUND, READ_MODEL_NOT_FOUND, USER_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case SKU_TAKEN, PRODUCT_DISCONTINUED, OUT_OF_STOCK, ORDER_NOT_CANCELLABLE, REPLAY_IN_PROGRESS,
                 EMAIL_TAKEN -> HttpStatus.CONFLICT;
            case REQUEST_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case CURRENCY_MISMATCH -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
            case SERVICE_UNAVAILABLE, TOO_BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    static ProblemDetail validation(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
