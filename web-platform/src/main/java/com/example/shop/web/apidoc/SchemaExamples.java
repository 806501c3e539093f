package com.example.shop.web.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives every body schema of the description an example: the values a client would send or get, made from the
 * schema itself (its enums, formats, limits) with realistic words for the fields the shop has. An example that would
 * break its own schema's rules is left out rather than shown wrong.
 */
class SchemaExamples implements OpenApiCustomizer {

    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("sku", "MUG-1"),
            Map.entry("name", "Stoneware mug"),
            Map.entry("productName", "Stoneware mug"),
            Map.entry("description", "A mug of glazed stoneware, 350 ml"),
            Map.entry("email", "ann@example.com"),
            Map.entry("customerEmail", "ann@example.com"),
            Map.entry("recipient", "ann@example.com"),
            Map.entry("password", "correct horse battery"),
            Map.entry("currency", "EUR"),
            Map.entry("amount", "12.50"),
            Map.entry("roles", List.of("USER")),
            Map.entry("accessToken", "eyJraWQiOiJsb2NhbCIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl"),
            Map.entry("tokenType", "Bearer"),
            Map.entry("subject", "Your order is confirmed"),
            Map.entry("detail", "2 units of MUG-1 reserved"));
    private static final String AN_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String A_TIME = "2026-12-02T10:15:30Z";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        schemas.values().stream().filter(schema -> schema.getExample() == null).forEach(schema ->
                example(schema, null, schemas, 0).ifPresent(schema::setExample));
    }

    private static Optional<Object> example(Schema<?> schema, String name, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > 6) {
            return Optional.empty();
        }
        if (schema.get$ref() != null) {
            return example(schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)), name,
                    schemas, depth + 1);
        }
        if (schema.getExample() != null) {
            return Optional.of(schema.getExample());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Optional.of(schema.getEnum().get(0));
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getProperties() != null ? "object" : null;
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case "object" -> object(schema, schemas, depth);
            case "array" -> name != null && BY_NAME.get(name) instanceof List<?> list ? Optional.of(list)
                    : example(schema.getItems(), null, schemas, depth + 1).map(List::of);
            case "integer" -> Optional.of(schema.getMinimum() != null ? schema.getMinimum().intValue() : 1);
            case "number" -> Optional.of(schema.getMinimum() != null ? schema.getMinimum() : 1);
            case "boolean" -> Optional.of(true);
            case "string" -> text(schema, name);
            default -> Optional.empty();
        };
    }

    private static Optional<Object> object(Schema<?> schema, Map<String, Schema> schemas, int depth) {
        if (schema.getProperties() == null) {
            return Optional.empty();
        }
        Map<String, Object> example = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            Optional<Object> value = example(property.getValue(), property.getKey(), schemas, depth + 1);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            example.put(property.getKey(), value.get());
        }
        return Optional.of(example);
    }

    private static Optional<Object> text(Schema<?> schema, String name) {
        String format = schema.getFormat();
        String text = "uuid".equals(format) ? AN_ID
                : "date-time".equals(format) ? A_TIME
                : name != null && BY_NAME.get(name) instanceof String known ? known
                : "text";
        boolean fits = (schema.getPattern() == null || Pattern.compile(schema.getPattern()).matcher(text).find())
                && (schema.getMinLength() == null || text.length() >= schema.getMinLength())
                && (schema.getMaxLength() == null || text.length() <= schema.getMaxLength());
        return fits ? Optional.of(text) : Optional.empty();
    }
}
