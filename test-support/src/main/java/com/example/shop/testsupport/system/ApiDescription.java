package com.example.shop.testsupport.system;

import com.example.shop.testsupport.ShopApi;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes an application describes in its OpenAPI document, so that suites cover what the application really
 * serves rather than a list kept by hand: a new endpoint is picked up without anybody remembering to add it.
 */
public final class ApiDescription {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One described operation: its route, parameters and, when it takes one, the schema of its JSON body. */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

        public String route() {
            return method + " " + path;
        }

        public Optional<JsonNode> body() {
            return Optional.ofNullable(bodySchema);
        }

        @Override
        public String toString() {
            return route();
        }
    }

    /** A path, query or header parameter with its (resolved) schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    private final JsonNode document;

    private ApiDescription(JsonNode document) {
        this.document = document;
    }

    /** The document an application serves at {@code /v3/api-docs}. */
    public static ApiDescription of(ShopApi api) {
        ShopApi.Response response = api.send("GET", "/v3/api-docs", null, null, Map.of());
        assertThat(response.status()).as("the API description: " + response.raw().body()).isEqualTo(200);
        return new ApiDescription(response.body());
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                operations.add(operation(path.getKey(), operation.getKey(), operation.getValue()));
            }
        }));
        return operations;
    }

    /** A schema with its {@code $ref} followed, so callers never see a reference. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved != null && resolved.has("$ref")) {
            String name = resolved.get("$ref").asString().substring("#/components/schemas/".length());
            resolved = document.get("components").get("schemas").get(name);
        }
        return resolved;
    }

    private Operation operation(String path, String method, JsonNode description) {
        List<Parameter> parameters = new ArrayList<>();
        if (description.has("parameters")) {
            description.get("parameters").forEach(parameter -> parameters.add(new Parameter(
                    parameter.get("name").asString(), parameter.get("in").asString(),
                    parameter.path("required").asBoolean(false), resolve(parameter.get("schema")))));
        }
        JsonNode body = description.path("requestBody").path("content").path("application/json").get("schema");
        return new Operation(method.toUpperCase(), path, List.copyOf(parameters), body == null ? null : resolve(body));
    }
}
