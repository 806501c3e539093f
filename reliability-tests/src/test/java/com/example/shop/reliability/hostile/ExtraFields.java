package com.example.shop.reliability.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * Fields a client must not set (ids, status, owner, stock, roles, prices of lines), planted into a valid body with
 * values that stand out, and the check that none of them was obeyed: the stored resource must not show them.
 */
final class ExtraFields {

    static final String PLANTED_ID = "0badc0de-0000-4000-8000-000000000bad";
    static final String PLANTED_TEXT = "PLANTED-BY-THE-CLIENT";
    static final long PLANTED_NUMBER = 424_242;
    static final String PLANTED_AMOUNT = "0.01";

    private ExtraFields() {
    }

    /** A copy of the body with the planted fields added wherever the schema does not already define them. */
    static ObjectNode planted(ObjectNode valid, Set<String> definedFields) {
        ObjectNode body = valid.deepCopy();
        plant(body, definedFields);
        body.properties().forEach(field -> {
            if (field.getValue() instanceof ObjectNode nested) {
                plant(nested, Set.of());
            } else if (field.getValue().isArray()) {
                field.getValue().forEach(item -> {
                    if (item instanceof ObjectNode nestedItem) {
                        plant(nestedItem, Set.of());
                    }
                });
            }
        });
        return body;
    }

    private static void plant(ObjectNode object, Set<String> defined) {
        putIfUndefined(object, defined, "id", PLANTED_ID);
        putIfUndefined(object, defined, "customerId", PLANTED_ID);
        putIfUndefined(object, defined, "status", "CANCELLED");
        putIfUndefined(object, defined, "productName", PLANTED_TEXT);
        putIfUndefined(object, defined, "unexpected", PLANTED_TEXT);
        if (!defined.contains("availableStock")) {
            object.put("availableStock", PLANTED_NUMBER);
        }
        if (!defined.contains("roles")) {
            object.putArray("roles").add("ADMIN");
        }
        if (!defined.contains("unitPrice")) {
            object.putObject("unitPrice").put("amount", PLANTED_AMOUNT).put("currency", "EUR");
        }
        object.putObject("$where").put("$gt", "");
    }

    private static void putIfUndefined(ObjectNode object, Set<String> defined, String field, String value) {
        if (!defined.contains(field) && !object.has(field)) {
            object.put(field, value);
        }
    }

    /** What in the stored resource shows that a planted field was obeyed; empty when none was. */
    static List<String> obeyed(JsonNode stored) {
        String text = stored.toString();
        return List.of(
                        text.contains(PLANTED_ID) ? "a planted id" : "",
                        text.contains(PLANTED_TEXT) ? "planted text" : "",
                        text.contains(String.valueOf(PLANTED_NUMBER)) ? "a planted stock" : "",
                        text.contains("\"" + PLANTED_AMOUNT + "\"") ? "a planted price" : "",
                        text.contains("\"CANCELLED\"") ? "a planted status" : "",
                        stored.path("roles").valueStream().anyMatch(role -> role.asString().equals("ADMIN"))
                                ? "a planted role" : "")
                .stream().filter(finding -> !finding.isEmpty()).toList();
    }
}
