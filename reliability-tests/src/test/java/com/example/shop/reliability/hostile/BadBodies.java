package com.example.shop.reliability.hostile;

import com.example.shop.testsupport.system.ApiDescription;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Generates bad JSON bodies for an endpoint from its request schema and one valid body: for every field, wrong
 * types, absence, hostile text and numbers; for the document as a whole, broken syntax, deep nesting, duplicate
 * keys and the wrong shape. A new field or endpoint is covered as soon as the API description names it.
 */
final class BadBodies {

    /** One generated body: what is wrong with it and its exact text. */
    record BadBody(String name, String text) {
    }

    static final String ONE_MEGABYTE = "x".repeat(1024 * 1024);
    static final int DEEP = 10_000;

    /** Text oddities, appended to a valid value so that only the oddity is new. As JSON source, escapes kept. */
    static final Map<String, String> UNICODE = Map.of(
            "NUL", "\\u0000",
            "lone high surrogate", "\\ud800",
            "lone low surrogate", "\\udc00",
            "escape control character", "\\u001b[31m",
            "right-to-left override", "\\u202e",
            "emoji", "😀",
            "combining marks", "e" + "\u0301".repeat(50));

    /** Injection attempts, appended to a valid value. */
    static final Map<String, String> INJECTION = Map.of(
            "SQL injection", "' OR '1'='1' --",
            "SQL statement", "'; DROP TABLE events.domainevententry; --",
            "script tag", "<script>alert(1)</script>",
            "path traversal", "../../../../etc/passwd",
            "JNDI lookup", "${jndi:ldap://127.0.0.1/x}",
            "CRLF", "\\r\\nSet-Cookie: hostile=1");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE_VALUE = "__HOSTILE_VALUE__";

    private final ApiDescription api;
    private final List<BadBody> bodies = new ArrayList<>();

    private BadBodies(ApiDescription api) {
        this.api = api;
    }

    static List<BadBody> of(ApiDescription api, JsonNode schema, ObjectNode valid) {
        BadBodies generated = new BadBodies(api);
        generated.fields(schema, valid, "", valid);
        generated.document(valid);
        return generated.bodies;
    }

    private void fields(JsonNode schema, ObjectNode object, String prefix, ObjectNode root) {
        JsonNode properties = api.resolve(schema).path("properties");
        for (String field : properties.propertyNames()) {
            String path = prefix + field;
            JsonNode fieldSchema = api.resolve(properties.get(field));
            // Null or absent is a valid value of an optional field; only required fields must refuse it.
            if (api.resolve(schema).path("required").valueStream().anyMatch(r -> r.asString().equals(field))) {
                change(path + " missing", root, object, field, o -> o.remove(field), null);
                change(path + " null", root, object, field, o -> o.putNull(field), null);
            }
            JsonNode value = object.get(field);
            String type = fieldSchema.path("type").asString("object");
            switch (type) {
                case "string" -> text(path, root, object, field, value == null ? "" : value.asString());
                case "integer" -> integer(path, root, object, field);
                case "number" -> decimal(path, root, object, field);
                case "array" -> array(path, root, object, field, fieldSchema);
                default -> nested(path, root, object, field, fieldSchema);
            }
        }
    }

    private void text(String path, ObjectNode root, ObjectNode object, String field, String valid) {
        wrongTypes(path, root, object, field, "123", "1.5", "true", "[]", "{}", "{\"$gt\": \"\"}", "{\"$ne\": null}");
        raw(path + " of 1 MB", root, object, field, quote(ONE_MEGABYTE));
        UNICODE.forEach((odd, text) -> raw(path + " with " + odd, root, object, field, quote(escape(valid) + text)));
        INJECTION.forEach((attack, text) -> raw(path + " with " + attack, root, object, field,
                quote(escape(valid) + text.replace("\"", "\\\""))));
    }

    private void integer(String path, ObjectNode root, ObjectNode object, String field) {
        wrongTypes(path, root, object, field, "\"7\"", "\"abc\"", "1.5", "true", "[]", "{}");
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("1e309", "1e309");
        numbers.put("2^63", "9223372036854775808");
        numbers.put("-2^63-1", "-9223372036854775809");
        numbers.put("2^31", "2147483648");
        numbers.put("-1", "-1");
        numbers.put("a number of 5000 digits", "9".repeat(5_000));
        numbers.put("NaN as a string", "\"NaN\"");
        numbers.put("-0", "-0");
        numbers.forEach((name, number) -> raw(path + " " + name, root, object, field, number));
    }

    private void decimal(String path, ObjectNode root, ObjectNode object, String field) {
        wrongTypes(path, root, object, field, "\"abc\"", "true", "[]", "{}");
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("1e309", "1e309");
        numbers.put("1e309 as a string", "\"1e309\"");
        numbers.put("2^63", "9223372036854775808");
        numbers.put("1e-400", "1e-400");
        numbers.put("NaN as a string", "\"NaN\"");
        numbers.put("Infinity as a string", "\"Infinity\"");
        numbers.put("-1", "\"-1\"");
        numbers.put("a number of 5000 digits", "9".repeat(5_000));
        numbers.put("-0 as a string", "\"-0\"");
        numbers.forEach((name, number) -> raw(path + " " + name, root, object, field, number));
    }

    private void array(String path, ObjectNode root, ObjectNode object, String field, JsonNode schema) {
        wrongTypes(path, root, object, field, "\"x\"", "5", "{}", "true");
        raw(path + " empty", root, object, field, "[]");
        raw(path + " of nulls", root, object, field, "[null]");
        JsonNode first = object.path(field).path(0);
        if (first.isObject() || first.isString()) {
            ArrayNode many = JSON.createArrayNode();
            for (int i = 0; i < schema.path("maxItems").asInt(1_000) + 1; i++) {
                many.add(first.deepCopy());
            }
            raw(path + " with one item more than allowed", root, object, field, JSON.writeValueAsString(many));
        }
        JsonNode items = api.resolve(schema.path("items"));
        if (first.isObject() && items != null) {
            fields(items, (ObjectNode) first, path + "[0].", root);
        } else if (first.isString()) {
            ArrayNode texts = (ArrayNode) object.get(field);
            wrongTypes(path + "[0]", root, object, field, "[5]", "[true]", "[{}]", "[[]]");
            UNICODE.forEach((odd, text) -> raw(path + "[0] with " + odd, root, object, field,
                    "[" + quote(escape(texts.get(0).asString()) + text) + "]"));
        }
    }

    private void nested(String path, ObjectNode root, ObjectNode object, String field, JsonNode schema) {
        wrongTypes(path, root, object, field, "\"12.50\"", "5", "[]", "true");
        if (object.get(field) instanceof ObjectNode inner) {
            fields(schema, inner, path + ".", root);
        }
    }

    private void document(ObjectNode valid) {
        String text = JSON.writeValueAsString(valid);
        String firstField = valid.propertyNames().iterator().next();
        bodies.add(new BadBody("empty body", ""));
        bodies.add(new BadBody("only whitespace", "   "));
        bodies.add(new BadBody("JSON null", "null"));
        bodies.add(new BadBody("a JSON array", "[" + text + "]"));
        bodies.add(new BadBody("a JSON string", "\"" + escape(text) + "\""));
        bodies.add(new BadBody("a JSON number", "42"));
        bodies.add(new BadBody("cut off", text.substring(0, text.length() / 2)));
        bodies.add(new BadBody("trailing garbage", text + " trailing"));
        bodies.add(new BadBody("single quotes", text.replace('"', '\'')));
        bodies.add(new BadBody("trailing comma", text.substring(0, text.length() - 1) + ",}"));
        bodies.add(new BadBody("comment", "/* hostile */" + text));
        bodies.add(new BadBody("duplicate key", "{\"" + firstField + "\":" + JSON.writeValueAsString(
                valid.get(firstField)) + "," + text.substring(1)));
        bodies.add(new BadBody(DEEP + " levels of [", "[".repeat(DEEP) + "]".repeat(DEEP)));
        bodies.add(new BadBody(DEEP + " unclosed levels of [", "[".repeat(DEEP)));
        bodies.add(new BadBody(DEEP + " levels of objects in a field", text.substring(0, text.length() - 1)
                + ",\"deep\":" + "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}"));
    }

    private void wrongTypes(String path, ObjectNode root, ObjectNode object, String field, String... values) {
        for (String value : values) {
            raw(path + " as " + value, root, object, field, value);
        }
    }

    /** The whole body with one field set to the given JSON source text. */
    private void raw(String name, ObjectNode root, ObjectNode object, String field, String json) {
        change(name, root, object, field, o -> o.put(field, HOSTILE_VALUE), json);
    }

    /** The whole body with one field changed (removed, set to null, set to a placeholder for the given JSON). */
    private void change(String name, ObjectNode root, ObjectNode object, String field, Consumer<ObjectNode> change,
                        String json) {
        JsonNode original = object.get(field);
        change.accept(object);
        String text = JSON.writeValueAsString(root);
        if (json != null) {
            text = text.replace("\"" + HOSTILE_VALUE + "\"", json);
        }
        // The very node is put back, not a copy: the generators of nested fields still hold nodes inside it.
        if (original == null) {
            object.remove(field);
        } else {
            object.set(field, original);
        }
        bodies.add(new BadBody(name, text));
    }

    private static String quote(String escapedText) {
        return "\"" + escapedText + "\"";
    }

    private static String escape(String text) {
        String json = JSON.writeValueAsString(text);
        return json.substring(1, json.length() - 1);
    }
}
