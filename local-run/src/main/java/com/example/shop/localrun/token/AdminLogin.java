package com.example.shop.localrun.token;

import com.example.shop.localrun.lifecycle.StartupFailure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrator the gateway creates at start-up, logged in through the gateway once everything is up, so
 * the banner hands out a token that is exactly what any client would get.
 */
public record AdminLogin(String email, String password, String token, Instant expiresAt) {

    public static final String EMAIL = "admin@example.com";
    public static final String PASSWORD = "admin12345";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expiresIn\"\\s*:\\s*(\\d+)");

    public static AdminLogin through(int gatewayPort) {
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                // Both values are constants without characters that JSON would need escaped.
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(login, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(answer.body());
            Matcher expiresIn = EXPIRES_IN.matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find() || !expiresIn.find()) {
                throw new StartupFailure("The gateway refused the administrator's login (" + answer.statusCode()
                        + "): " + answer.body());
            }
            return new AdminLogin(EMAIL, PASSWORD, token.group(1),
                    Instant.now().plusSeconds(Long.parseLong(expiresIn.group(1))));
        } catch (IOException e) {
            throw new StartupFailure("The gateway did not answer the administrator's login: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("Interrupted while logging in the administrator", e);
        }
    }
}
