package com.example.shop.e2e.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.GatewayTrafficCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the end-to-end suite with the gateway to the API description the gateway serves (its
 * merged {@code /v3/api-docs}), with Atlassian's OpenAPI validator: an answer the description does not list (a
 * status, a field, a header, a body type) fails the call that got it. A request the description calls invalid must
 * be refused with a documented 4xx; one it accepts must be valid as well. It also notes which documented answers
 * the traffic has shown, for {@link ApiContractIT} to hold to the whole description.
 */
public final class ApiContract implements ShopApi.ExchangeCheck {

    /** Found by {@code ShopSystem} through {@code META-INF/services}. */
    public static final class ForTheGateway implements GatewayTrafficCheck {
        @Override
        public ShopApi.ExchangeCheck forGateway(ShopApi gateway) {
            return ApiContract.of(gateway);
        }
    }

    /** One documented answer: an operation and a status it may answer with. */
    public record Answer(String method, String path, int status) implements Comparable<Answer> {
        @Override
        public int compareTo(Answer other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path + " " + status;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile ApiContract current;

    private final OpenApiInteractionValidator validator;
    private final JsonNode document;
    private final Map<Pattern, String> templates = new LinkedHashMap<>();
    private final Set<Answer> seen = ConcurrentHashMap.newKeySet();

    private ApiContract(String document) {
        // Combinators resolved: a refusal's schema is the Problem with its codes (allOf), which the validator would
        // otherwise check part by part, each part refusing the other's fields.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withResolveCombinators(true)
                .build();
        this.document = JSON.readTree(document);
        this.document.get("paths").propertyNames().forEach(path -> templates.put(
                Pattern.compile(path.replaceAll("\\{[^}/]+}", "[^/]+")), path));
    }

    static synchronized ApiContract of(ShopApi gateway) {
        if (current == null) {
            ShopApi.Response described = gateway.send("GET", "/v3/api-docs", null, null, Map.of());
            if (described.status() != 200) {
                throw new IllegalStateException("the gateway serves no API description: " + described.raw().body());
            }
            current = new ApiContract(described.raw().body());
        }
        return current;
    }

    /** The contract of this JVM's system, made when the suite first talked to the gateway. */
    static ApiContract current() {
        if (current == null) {
            throw new IllegalStateException("no exchange with the gateway yet");
        }
        return current;
    }

    /** Every answer the description lists. */
    Set<Answer> documented() {
        Set<Answer> answers = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getValue().has("responses")) {
                operation.getValue().get("responses").propertyNames().forEach(status -> answers.add(new Answer(
                        operation.getKey().toUpperCase(), path.getKey(), Integer.parseInt(status))));
            }
        }));
        return answers;
    }

    /** An operation as the description has it. */
    JsonNode operation(String method, String path) {
        return document.get("paths").get(path).get(method.toLowerCase());
    }

    /** The documented answers the traffic so far has shown. */
    Set<Answer> seen() {
        return Set.copyOf(seen);
    }

    @Override
    public void check(HttpRequest request, String requestBody, HttpResponse<String> response) {
        String path = request.uri().getRawPath();
        if (!path.startsWith("/api/") && !path.startsWith("/.well-known/")) {
            return;
        }
        int status = response.statusCode();
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : validator.validate(request(request, requestBody),
                response(response)).getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            boolean aboutRequest = message.getKey().startsWith("validation.request");
            // A request the description calls invalid must be refused; its refusal is checked like any answer.
            if (aboutRequest && status >= 400 && status < 500) {
                continue;
            }
            problems.add(message.getKey() + ": " + message.getMessage() + message.getNestedMessages().stream()
                    .map(nested -> "\n    " + nested.getKey() + ": " + nested.getMessage())
                    .collect(Collectors.joining()));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The API description does not hold for " + request.method() + " "
                    + request.uri() + " answered " + status + " " + response.body() + ":\n  "
                    + String.join("\n  ", problems));
        }
        template(path).ifPresent(template -> seen.add(new Answer(request.method(), template, status)));
    }

    private Optional<String> template(String path) {
        return templates.entrySet().stream().filter(entry -> entry.getKey().matcher(path).matches())
                .map(Map.Entry::getValue)
                // a literal segment wins over a variable one: /api/users/me over /api/users/{id}
                .min((a, b) -> Long.compare(a.chars().filter(c -> c == '{').count(),
                        b.chars().filter(c -> c == '{').count()));
    }

    private static Request request(HttpRequest request, String body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.uri().getRawPath());
        String query = request.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                builder.withQueryParam(name, value);
            }
        }
        request.headers().map().forEach(builder::withHeader);
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response response(HttpResponse<String> response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(builder::withHeader);
        if (!response.body().isEmpty()) {
            builder.withBody(response.body());
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
