package com.example.shop.e2e.client;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pass: the document the gateway serves at {@code /v3/api-docs} is the committed {@code docs/api/openapi.json},
 * field for field (only {@code servers}, which names the address asked, is left out of both, and the tags are compared
 * by name: springdoc lists them in an order of its own that varies between starts, and their order tells a client
 * nothing). The committed copy is
 * what client teams generate from and what this build generates {@link GeneratedClientIT}'s client from, so a change
 * to the API must change it in the same commit: when they differ, the served document is written to
 * {@code e2e-tests/target/openapi.json} to copy over.
 */
@WholeSystemTest
class ApiDocumentSnapshotIT {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void theGatewayServesTheCommittedDescription() throws Exception {
        ShopApi.Response served = ShopSystem.get().gateway().send("GET", "/v3/api-docs", null, null, Map.of());
        assertThat(served.status()).isEqualTo(200);
        ObjectNode live = comparable((ObjectNode) served.body());
        Path committed = Path.of(System.getProperty("shop.home", ".."), "docs", "api", "openapi.json");
        JsonNode snapshot = comparable((ObjectNode) JSON.readTree(committed.toFile()));

        if (!live.equals(snapshot)) {
            Path written = Path.of("target", "openapi.json");
            Files.writeString(written, JSON.writeValueAsString(live) + "\n");
            List<String> differences = new ArrayList<>();
            differences(snapshot, live, "", differences);
            throw new AssertionError("The gateway's API description differs from " + committed.normalize()
                    + " at " + differences.subList(0, Math.min(20, differences.size()))
                    + ": if the API changed on purpose, copy " + written.toAbsolutePath() + " over it");
        }
    }

    private static ObjectNode comparable(ObjectNode document) {
        document.remove("servers");
        if (document.has("tags")) {
            List<JsonNode> tags = new ArrayList<>();
            document.get("tags").forEach(tags::add);
            tags.sort(Comparator.comparing(tag -> tag.get("name").asString()));
            document.putArray("tags").addAll(tags);
        }
        return document;
    }

    /** The JSON pointers at which two documents differ, innermost first found. */
    private static void differences(JsonNode expected, JsonNode actual, String at, List<String> found) {
        if (expected != null && actual != null && expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            names.forEach(name -> differences(expected.get(name), actual.get(name),
                    at + "/" + name.replace("~", "~0").replace("/", "~1"), found));
        } else if (expected != null && actual != null && expected.isArray() && actual.isArray()
                && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences(expected.get(i), actual.get(i), at + "/" + i, found);
            }
        } else if (expected == null || !expected.equals(actual)) {
            found.add(at.isEmpty() ? "/" : at);
        }
    }
}
