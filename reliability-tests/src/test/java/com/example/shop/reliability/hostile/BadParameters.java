package com.example.shop.reliability.hostile;

import com.example.shop.testsupport.system.ApiDescription.Operation;
import com.example.shop.testsupport.system.ApiDescription.Parameter;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generates hostile path variables, query parameters and headers for an endpoint from the parameters its API
 * description lists: ids that are not ids, numbers out of range, injection in search texts, bytes a header must not
 * hold. Each request is otherwise the valid one, so only the spoiled part can be the reason for a refusal.
 */
final class BadParameters {

    /** Path segments, URL-encoded as they go on the wire. */
    static final Map<String, String> PATH_VALUES = Map.ofEntries(
            Map.entry("not a UUID", "not-a-uuid"),
            Map.entry("unknown UUID", UUID.randomUUID().toString()),
            Map.entry("encoded path traversal", "..%2F..%2Fetc%2Fpasswd"),
            Map.entry("encoded dot-dot", "%2e%2e"),
            Map.entry("NUL", "%00"),
            Map.entry("encoded lone surrogate", "%ED%A0%80"),
            Map.entry("emoji", "%F0%9F%98%80"),
            Map.entry("SQL injection", "%27%20OR%201%3D1--"),
            Map.entry("CRLF", "%0D%0ASet-Cookie:%20hostile=1"),
            Map.entry("5000 characters", "a".repeat(5_000)));

    /** Search texts and other free text in the query, URL-encoded. */
    static final Map<String, String> TEXT_VALUES = Map.ofEntries(
            Map.entry("NUL", "%00"),
            Map.entry("CRLF", "%0D%0ASet-Cookie:%20hostile%3D1"),
            Map.entry("regex wildcard", ".*"),
            Map.entry("catastrophic regex", "(a%2B)%2B%24"),
            Map.entry("NoSQL operator", "%7B%22%24gt%22%3A%22%22%7D"),
            Map.entry("script tag", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
            Map.entry("SQL injection", "%27%20OR%20%271%27%3D%271"),
            Map.entry("emoji", "%F0%9F%98%80"),
            Map.entry("encoded lone surrogate", "%ED%A0%80"),
            Map.entry("invalid UTF-8", "%FF%FE"),
            Map.entry("one character more than allowed", "q".repeat(201)));

    private BadParameters() {
    }

    static List<HostileRequest> of(Operation operation, String validPath, byte[] validBody) {
        List<HostileRequest> requests = new ArrayList<>();
        Map<String, String> headers = validBody == null ? Map.of() : Map.of("Content-Type", "application/json");
        for (Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> PATH_VALUES.forEach((name, value) -> requests.add(new HostileRequest(
                        "path {" + parameter.name() + "} " + name, operation.method(),
                        replaceSegment(operation.path(), validPath, parameter.name(), value), headers, validBody)));
                case "query" -> query(parameter).forEach((name, value) -> requests.add(new HostileRequest(
                        "query " + parameter.name() + " " + name, operation.method(),
                        validPath + "?" + parameter.name() + "=" + value, headers, validBody)));
                case "header" -> header(parameter).forEach((name, value) -> requests.add(new HostileRequest(
                        "header " + parameter.name() + " " + name, operation.method(), validPath,
                        with(headers, parameter.name(), value), validBody)));
                default -> throw new IllegalStateException("no generator for " + parameter.in() + " parameters");
            }
        }
        if (operation.method().equals("GET")) {
            requests.add(new HostileRequest("unknown query parameter", "GET", validPath + "?unexpected=x%27%3B--",
                    headers, null));
            requests.add(new HostileRequest("unknown query parameter with a NUL", "GET", validPath + "?unexpected=%00",
                    headers, null));
        }
        return requests;
    }

    private static Map<String, String> query(Parameter parameter) {
        JsonNode schema = parameter.schema();
        Map<String, String> values = new LinkedHashMap<>();
        String type = schema.path("type").asString();
        if (type.equals("integer")) {
            if (schema.has("minimum")) {
                values.put("below the minimum", String.valueOf(schema.get("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                values.put("above the maximum", String.valueOf(schema.get("maximum").asLong() + 1));
            }
            values.put("-2^31-1", "-2147483649");
            values.put("20 digits", "99999999999999999999");
            values.put("not a number", "abc");
            values.put("a fraction", "1.5");
            values.put("NUL", "%00");
            values.put("empty", "");
        } else if (schema.has("enum")) {
            values.put("not one of the values", "BOGUS");
            values.put("SQL injection", "%27%20OR%201%3D1--");
            values.put("NUL", "%00");
        } else if ("uuid".equals(schema.path("format").asString())) {
            values.put("not a UUID", "not-a-uuid");
            values.put("NUL", "%00");
            values.put("NoSQL operator", "%7B%22%24gt%22%3A%22%22%7D");
        } else {
            values.putAll(TEXT_VALUES);
        }
        return values;
    }

    /** Header values as characters; the wire sends each as its UTF-8 bytes, as a careless client would. */
    private static Map<String, String> header(Parameter parameter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("one character more than allowed", "k".repeat(parameter.schema().path("maxLength").asInt(200) + 1));
        values.put("non-ASCII", "é");
        values.put("another non-ASCII", "ü");
        values.put("with a space", "a b");
        values.put("with a bare CR", "a\rb");
        values.put("with a NUL", "a\u0000b");
        return values;
    }

    private static String replaceSegment(String template, String validPath, String variable, String value) {
        String[] templateSegments = template.split("/");
        String[] segments = validPath.split("/");
        for (int i = 0; i < templateSegments.length; i++) {
            if (templateSegments[i].equals("{" + variable + "}")) {
                segments[i] = value;
            }
        }
        return String.join("/", segments);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return more;
    }
}
