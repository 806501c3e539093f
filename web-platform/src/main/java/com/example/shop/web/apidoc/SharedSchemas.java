package com.example.shop.web.apidoc;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.input.DecimalString;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every application's description shares: the problem document of every refusal, amounts of money as decimal
 * strings ({@code "12.50"}, as {@code MoneyJsonConfig} writes them), and the groups ({@link ApiTags}) its
 * operations use, each with its description.
 */
class SharedSchemas implements OpenApiCustomizer {

    /** How an amount of money is written; springdoc is told so for every {@link BigDecimal} of the API. */
    static final Schema<?> DECIMAL_STRING = new StringSchema()
            .pattern("^(?:" + DecimalString.PATTERN + ")$")
            .description("an amount as a decimal string, such as 12.50 (never a JSON number)")
            .example("12.50");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(ProblemResponses.PROBLEM_SCHEMA, problem());
        openApi.getComponents().getSchemas().values().forEach(SharedSchemas::optionalMayBeNull);
        openApi.getComponents().getSchemas().values().forEach(SharedSchemas::anchorPatterns);
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> anchorPatterns(parameter.getSchema()));
                }
            }));
        }
        Set<String> used = new TreeSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getTags() != null) {
                    used.addAll(operation.getTags());
                }
            }));
        }
        openApi.setTags(ApiTags.DESCRIPTIONS.entrySet().stream()
                .filter(tag -> used.contains(tag.getKey()))
                .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue()))
                .toList());
    }

    /**
     * JSON bodies carry a field that has no value as {@code null} (a PENDING order's {@code rejectionReason}), and
     * an optional field of a request may be sent so: OpenAPI 3.0 calls that {@code nullable}. A required field is
     * never null.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void optionalMayBeNull(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
            if (!required && property.get$ref() == null) {
                property.setNullable(true);
                // A nullable enum lists null among its values, or validators refuse the null (OpenAPI 3.0.3).
                if (property.getEnum() != null && !property.getEnum().contains(null)) {
                    List<Object> values = new ArrayList<>(property.getEnum());
                    values.add(null);
                    ((Schema) property).setEnum(values);
                }
            }
        });
    }

    /**
     * A {@code @Pattern} must match the whole value; a JSON Schema pattern matches anywhere in it. Anchored, the
     * description refuses what the endpoint refuses ({@code "EURO"} for a currency of {@code [A-Z]{3}}).
     */
    private static void anchorPatterns(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if (schema.getPattern() != null && !schema.getPattern().startsWith("^")) {
            schema.setPattern("^(?:" + schema.getPattern() + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(SharedSchemas::anchorPatterns);
        }
        anchorPatterns(schema.getItems());
    }

    private static Map<String, Object> example() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("title", "Conflict");
        example.put("status", 409);
        example.put("detail", "the SKU MUG-1 is taken");
        example.put("code", "SKU_TAKEN");
        return example;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problem() {
        Schema code = new StringSchema()
                ._enum(Arrays.stream(ErrorCode.values()).map(ErrorCode::name).toList())
                .description("what went wrong, stable across releases: branch on this, not on the words");
        Schema fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field or parameter, as sent"))
                .addProperty("message", new StringSchema().description("what is wrong with it"))
                .required(List.of("field", "message"));
        // A plain schema of type object: ObjectSchema would write its example as a string.
        return new Schema<>().type("object")
                .description("An RFC 9457 problem document: every refusal of the API has this shape.")
                .addProperty("type", new StringSchema().description("always about:blank when present"))
                .addProperty("title", new StringSchema().description("the status's reason phrase"))
                .addProperty("status", new IntegerSchema().description("the HTTP status, repeated"))
                .addProperty("detail", new StringSchema().description("what went wrong, in words for people"))
                .addProperty("instance", new StringSchema().description("the path that was called"))
                .addProperty("code", code)
                .addProperty("errors", new ArraySchema().items(fieldProblem)
                        .description("with VALIDATION_FAILED: each invalid field and what is wrong with it"))
                .required(List.of("title", "status", "code"))
                .example(example());
    }
}
