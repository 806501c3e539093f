package com.example.shop.localrun.service;

import com.example.shop.localrun.database.DatabaseConnection;
import com.example.shop.localrun.mongo.MongoConnection;
import com.example.shop.localrun.token.AdminLogin;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment variables every service gets on top of the launcher's own: where PostgreSQL and MongoDB are,
 * the key the gateway signs tokens with (kept in .run/keys), the administrator it creates, and the SMTP server
 * if the developer named one. The services verify tokens through the gateway's JWKS, as in production.
 */
public final class ServiceEnvironment {

    /** Passed on as they are when set; without MAIL_HOST, notification-handler logs its e-mails instead. */
    static final List<String> MAIL_VARIABLES = List.of("MAIL_HOST", "MAIL_PORT");

    /** The issuer in every token: the gateway's address. */
    static final String ISSUER = "http://localhost:8080";

    private ServiceEnvironment() {
    }

    /** @param launcher the launcher's own environment, where the developer may have set the mail server */
    public static Map<String, String> of(DatabaseConnection database, MongoConnection mongo, Path signingKeys,
                                         Map<String, String> launcher) {
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(mongo.environment());
        environment.put("JWT_ISSUER", ISSUER);
        // The gateway makes its key pair there on the first run and reads it on every later one, so tokens stay
        // valid across restarts; the services fetch its public half from the gateway's JWKS.
        environment.put("JWT_KEY_DIRECTORY", signingKeys.toString());
        // The kid the gateway puts in its tokens and its JWKS; a fixed name keeps it readable in a token.
        environment.put("JWT_KEY_ID", "local");
        environment.put("ADMIN_EMAIL", AdminLogin.EMAIL);
        environment.put("ADMIN_PASSWORD", AdminLogin.PASSWORD);
        for (String name : MAIL_VARIABLES) {
            String value = launcher.get(name);
            if (value != null && !value.isBlank()) {
                environment.put(name, value);
            }
        }
        return Map.copyOf(environment);
    }

    /** How the banner describes where e-mail goes. */
    public static String mailDescription(Map<String, String> launcher) {
        String host = launcher.get("MAIL_HOST");
        if (host == null || host.isBlank()) {
            return "not sent: notification-handler writes each e-mail to its log (set MAIL_HOST to send)";
        }
        return "SMTP at " + host + ":" + launcher.getOrDefault("MAIL_PORT", "25");
    }
}
