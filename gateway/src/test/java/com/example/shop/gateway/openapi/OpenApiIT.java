package com.example.shop.gateway.openapi;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.testsupport.ShopApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** One API description and one Swagger UI at the gateway, covering the gateway's endpoints and every service's. */
class OpenApiIT extends GatewayIT {

    @Test
    void theGatewaysDocumentHoldsItsOwnEndpointsAndEveryRunningServicesEndpoints() {
        Set<String> merged = operations(document("/v3/api-docs"));
        Set<String> commandSide = operations(document("/v3/api-docs/command-side"));
        Set<String> querySide = operations(document("/v3/api-docs/query-side"));

        assertThat(merged).contains("POST /api/auth/register", "POST /api/auth/login", "GET /api/users/me",
                "GET /.well-known/jwks.json");
        assertThat(commandSide).contains("POST /api/orders", "DELETE /api/products/{productId}");
        assertThat(querySide).contains("GET /api/orders/{orderId}", "GET /api/admin/processors");
        assertThat(merged).containsAll(commandSide).containsAll(querySide);
    }

    /** (notification-handler is a stub in these tests, without a document of its own.) */
    @Test
    void theDocumentTellsWhichServiceAnswersAndGroupsByWhatAClientDoes() {
        JsonNode document = document("/v3/api-docs");
        JsonNode products = document.get("paths").get("/api/products");

        assertThat(products.get("post").get("x-service").asString()).isEqualTo("command-side");
        assertThat(products.get("get").get("x-service").asString()).isEqualTo("query-side");
        assertThat(products.get("post").get("tags").get(0).asString()).isEqualTo("Products");
        assertThat(products.get("get").get("tags").get(0).asString()).isEqualTo("Products");
        assertThat(document.get("tags").valueStream().map(tag -> tag.get("name").asString()))
                .contains("Accounts", "Products", "Orders", "Operations");
    }

    /** The access rules the security chains enforce, as each operation's own requirement: none for open ones. */
    @Test
    void eachOperationSaysWhetherItNeedsATokenAndWhichRole() {
        JsonNode paths = document("/v3/api-docs").get("paths");

        assertThat(document("/v3/api-docs").has("security")).isFalse();
        assertThat(paths.get("/api/auth/login").get("post").get("security")).isEmpty();
        assertThat(paths.get("/api/products").get("get").get("security")).isEmpty();
        assertThat(paths.get("/api/products").get("post").get("security").get(0).has("bearer")).isTrue();
        assertThat(paths.get("/api/products").get("post").get("x-roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(paths.get("/api/products").get("post").get("responses").propertyNames())
                .contains("201", "400", "401", "403", "409", "413", "415", "503");
        assertThat(paths.get("/api/orders").get("get").get("responses").propertyNames())
                .contains("200", "401").doesNotContain("403");
    }

    @Test
    void aServicesOwnDocumentNamesTheGatewayAsItsServer() {
        JsonNode document = document("/v3/api-docs/query-side");

        assertThat(document.get("servers").get(0).get("url").asString())
                .isEqualTo("http://localhost:" + GATEWAY_PORT);
    }

    @Test
    void swaggerUiListsTheWholeApiAndEachService() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + GATEWAY_PORT + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode config = document("/v3/api-docs/swagger-config");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(config.get("urls.primaryName").asString()).isEqualTo("shop");
        assertThat(config.get("urls").valueStream().map(url -> url.get("url").asString()))
                .contains("/v3/api-docs", "/v3/api-docs/command-side", "/v3/api-docs/query-side",
                        "/v3/api-docs/notification-handler");
    }

    private JsonNode document(String path) {
        ShopApi.Response response = gateway.send("GET", path, null, null, Map.of());
        assertThat(response.status()).as(path + ": " + response.raw().body()).isEqualTo(200);
        return response.body();
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }
}
