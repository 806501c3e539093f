package com.example.shop.web.apidoc;

import com.example.shop.api.common.ErrorCode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Adds problem documents to an operation's responses: one response per status, whose body is a {@code Problem}
 * with exactly the codes that operation can answer with under that status. Adding the same code twice changes
 * nothing, so every part that knows a refusal (the platform, the application, the gateway) may add it.
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";
    private static final String CODES = "x-codes";

    private ProblemResponses() {
    }

    /** Adds refusals with these codes, each under its own status. */
    public static void add(Operation operation, Collection<ErrorCode> codes) {
        Map<HttpStatus, List<ErrorCode>> byStatus = codes.stream()
                .collect(Collectors.groupingBy(com.example.shop.web.problem.Problems::statusOf));
        byStatus.forEach((status, ofStatus) -> add(operation, status, ofStatus));
    }

    /** Adds refusals with these codes under one status (a code Spring gives a status of its own, say 415). */
    public static void add(Operation operation, HttpStatus status, Collection<ErrorCode> codes) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        String key = String.valueOf(status.value());
        ApiResponse response = operation.getResponses().get(key);
        Set<String> all = new TreeSet<>(codes.stream().map(ErrorCode::name).toList());
        if (response != null && response.getExtensions() != null
                && response.getExtensions().get(CODES) instanceof Collection<?> known) {
            known.forEach(code -> all.add(String.valueOf(code)));
        }
        ApiResponse problem = new ApiResponse()
                .description(status.getReasonPhrase() + ": a problem document with the code "
                        + String.join(", ", all.stream().map(code -> "`" + code + "`").toList()))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problemWith(all))));
        problem.addExtension(CODES, new ArrayList<>(all));
        if (response != null && response.getHeaders() != null) {
            problem.setHeaders(response.getHeaders());
        }
        operation.getResponses().addApiResponse(key, problem);
    }

    /** Documents that a response under this status says when to try again. */
    public static void retryAfter(Operation operation, HttpStatus status, String when) {
        ApiResponse response = operation.getResponses().get(String.valueOf(status.value()));
        response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                .description(when)
                .schema(new Schema<Integer>().type("integer").minimum(java.math.BigDecimal.ONE)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemWith(Set<String> codes) {
        Schema code = new StringSchema()._enum(List.copyOf(codes));
        return new Schema<>().allOf(List.of(
                new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA),
                new ObjectSchema().addProperty("code", code)));
    }
}
