package com.example.shop.localrun.database;

import java.util.Map;
import java.util.Optional;

/**
 * How the services reach PostgreSQL, in the environment variables their application.yml reads.
 *
 * @param description how the banner shows the database
 */
public record DatabaseConnection(String url, String user, String password, String description) {

    static final String URL_VARIABLE = "POSTGRES_URL";
    static final String USER_VARIABLE = "POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "POSTGRES_PASSWORD";

    /**
     * The developer's own database when {@code POSTGRES_URL} is set; then no PostgreSQL is started. User and
     * password default to the services' own defaults.
     */
    public static Optional<DatabaseConnection> external(Map<String, String> environment) {
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String user = environment.getOrDefault(USER_VARIABLE, EmbeddedDatabase.ROLE);
        return Optional.of(new DatabaseConnection(url, user,
                environment.getOrDefault(PASSWORD_VARIABLE, EmbeddedDatabase.PASSWORD),
                url + " (external, from " + URL_VARIABLE + "; user " + user + ")"));
    }

    public Map<String, String> environment() {
        return Map.of(URL_VARIABLE, url, USER_VARIABLE, user, PASSWORD_VARIABLE, password);
    }
}
