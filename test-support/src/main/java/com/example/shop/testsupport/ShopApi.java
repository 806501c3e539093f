package com.example.shop.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/** A plain HTTP client for the service under test: real requests, real status codes, real JSON. */
public final class ShopApi {

    /** What came back. */
    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /**
     * Looks at every exchange as it happens, say to hold it to the API's description; throwing fails the call
     * that was made, and so the test that made it.
     */
    @FunctionalInterface
    public interface ExchangeCheck {
        void check(HttpRequest request, String requestBody, HttpResponse<String> response);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final ExchangeCheck check;

    public ShopApi(int port) {
        this("http://localhost:" + port, (request, body, response) -> {
        });
    }

    private ShopApi(String baseUrl, ExchangeCheck check) {
        this.baseUrl = baseUrl;
        this.check = check;
    }

    /** The same address, with every exchange looked at by the check. */
    public ShopApi checkedBy(ExchangeCheck check) {
        return new ShopApi(baseUrl, check);
    }

    /** Where it sends requests, such as {@code http://localhost:8080}. */
    public String baseUrl() {
        return baseUrl;
    }

    public Response post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    public Response post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body == null ? null : JSON.writeValueAsString(body), headers);
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, JSON.writeValueAsString(body), Map.of());
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /** Sends a body as it is, for requests that are broken on purpose. */
    public Response send(String method, String path, String token, String rawBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, rawBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody));
        if (rawBody != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        Optional.ofNullable(token).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        headers.forEach(request::header);
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            check.check(sent, rawBody, response);
            boolean json = response.headers().firstValue("Content-Type").map(type -> type.contains("json")).orElse(false);
            JsonNode body = json && !response.body().isBlank() ? JSON.readTree(response.body()) : null;
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
