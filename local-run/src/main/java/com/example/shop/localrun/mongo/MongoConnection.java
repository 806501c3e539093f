package com.example.shop.localrun.mongo;

import java.util.Map;
import java.util.Optional;

/**
 * How the services reach MongoDB, in the environment variable their application.yml reads.
 *
 * @param description how the banner shows it
 */
public record MongoConnection(String uri, String description) {

    static final String URI_VARIABLE = "MONGODB_URI";

    /** The developer's own MongoDB when {@code MONGODB_URI} is set; then no MongoDB-protocol server is started. */
    public static Optional<MongoConnection> external(Map<String, String> environment) {
        String uri = environment.get(URI_VARIABLE);
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new MongoConnection(uri, uri + " (external, from " + URI_VARIABLE + ")"));
    }

    public Map<String, String> environment() {
        return Map.of(URI_VARIABLE, uri);
    }
}
