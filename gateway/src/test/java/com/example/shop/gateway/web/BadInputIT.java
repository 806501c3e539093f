package com.example.shop.gateway.web;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.testsupport.ShopApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input on sign-up and login gets a 4xx problem document that says what is wrong, and stores nothing. */
class BadInputIT extends GatewayIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                arguments("no e-mail", without("email"), 400, "VALIDATION_FAILED", "email"),
                arguments("no password", without("password"), 400, "VALIDATION_FAILED", "password"),
                arguments("no name", without("name"), 400, "VALIDATION_FAILED", "name"),
                arguments("blank name", with("name", "   "), 400, "VALIDATION_FAILED", "name"),
                arguments("name over 100", with("name", "n".repeat(101)), 400, "VALIDATION_FAILED", "name"),
                arguments("malformed e-mail", with("email", "not-an-email"), 400, "VALIDATION_FAILED", "email"),
                arguments("e-mail without domain", with("email", "ann@localhost"), 400, "VALIDATION_FAILED", "email"),
                arguments("password under 8", with("password", "short"), 400, "VALIDATION_FAILED", "password"),
                arguments("password over 128", with("password", "p".repeat(129)), 400, "VALIDATION_FAILED",
                        "password"),
                arguments("oversized body", with("name", "n".repeat(20_000)), 413, "REQUEST_TOO_LARGE", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefusedAndNothingIsStored(String problem, Map<String, Object> body, int status,
                                                     String code, String field) {
        ShopApi.Response response = gateway.send("POST", "/api/auth/register", null, JSON.writeValueAsString(body),
                Map.of());

        assertProblem(response, status, code);
        if (field != null) {
            assertThat(response.body().get("errors").valueStream().map(error -> error.get("field").asString()))
                    .contains(field);
        }
        if (body.get("email") instanceof String email) {
            assertThat(storedUsersWithEmail(email)).isZero();
        }
    }

    @Test
    void aRegistrationThatIsNotJsonIsRefusedWith415() {
        Map<String, Object> body = valid();

        ShopApi.Response response = gateway.send("POST", "/api/auth/register", null, JSON.writeValueAsString(body),
                Map.of("Content-Type", "text/plain"));

        assertProblem(response, 415, "MALFORMED_REQUEST");
        assertThat(storedUsersWithEmail((String) body.get("email"))).isZero();
    }

    @Test
    void aRegistrationWithBrokenJsonIsRefusedWith400() {
        ShopApi.Response response = gateway.send("POST", "/api/auth/register", null, "{\"email\": \"a@b.c\",",
                Map.of());

        assertProblem(response, 400, "MALFORMED_REQUEST");
        assertThat(storedUsersWithEmail("a@b.c")).isZero();
    }

    @Test
    void anOversizedBodyWithoutADeclaredLengthIsCutOffWith413() throws Exception {
        Map<String, Object> body = with("name", "n".repeat(20_000));
        byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        // A body from an input stream has no Content-Length: it is sent chunked and counted while read.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + GATEWAY_PORT
                        + "/api/auth/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(storedUsersWithEmail((String) body.get("email"))).isZero();
    }

    @Test
    void aRoutedCallWithAnOversizedBodyIsRefusedBeforeItIsForwarded() {
        String lines = "{\"productId\":\"" + UUID.randomUUID() + "\",\"quantity\":1},";
        String body = "{\"lines\":[" + lines.repeat(20_000) + lines.substring(0, lines.length() - 1) + "]}";

        ShopApi.Response response = gateway.send("POST", "/api/orders", newUser().token(), body, Map.of());

        assertProblem(response, 413, "REQUEST_TOO_LARGE");
    }

    static Stream<Arguments> badLogins() {
        return Stream.of(
                arguments("no e-mail", Map.of("password", "password-1"), 400, "VALIDATION_FAILED"),
                arguments("no password", Map.of("email", "ann@example.com"), 400, "VALIDATION_FAILED"),
                arguments("malformed e-mail", Map.of("email", "ann", "password", "password-1"), 400,
                        "VALIDATION_FAILED"),
                arguments("oversized body", Map.of("email", "ann@example.com", "password", "p".repeat(20_000)), 413,
                        "REQUEST_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLogins")
    void aBadLoginIsRefusedWithAProblemDocument(String problem, Map<String, Object> body, int status, String code) {
        ShopApi.Response response = gateway.send("POST", "/api/auth/login", null, JSON.writeValueAsString(body),
                Map.of());

        assertProblem(response, status, code);
        assertThat(response.body().has("accessToken")).isFalse();
    }

    @Test
    void aLoginThatIsNotJsonIsRefusedWith415() {
        ShopApi.Response response = gateway.send("POST", "/api/auth/login", null,
                "email=ann@example.com&password=password-1", Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertProblem(response, 415, "MALFORMED_REQUEST");
    }

    private static void assertProblem(ShopApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("code").asString()).isEqualTo(code);
        assertThat(response.body().has("title")).isTrue();
        assertThat(response.body().has("detail")).isTrue();
    }

    private static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "bad-input-" + UUID.randomUUID() + "@example.com");
        body.put("password", "password-1");
        body.put("name", "Bad Input");
        return body;
    }

    private static Map<String, Object> without(String field) {
        Map<String, Object> body = valid();
        body.remove(field);
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }
}
