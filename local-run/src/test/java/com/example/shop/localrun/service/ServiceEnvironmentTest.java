package com.example.shop.localrun.service;

import com.example.shop.localrun.database.DatabaseConnection;
import com.example.shop.localrun.mongo.MongoConnection;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTest {

    private final DatabaseConnection database = new DatabaseConnection("jdbc:postgresql://localhost:5432/shop",
            "shop", "shop", "local");
    private final MongoConnection mongo = new MongoConnection("mongodb://localhost:27017/shop", "local");
    private final Path keys = Path.of("/run/keys");

    @Test
    void everyServiceLearnsWherePostgresAndMongoDbAre() {
        Map<String, String> environment = ServiceEnvironment.of(database, mongo, keys, Map.of());

        assertThat(environment).containsEntry("POSTGRES_URL", "jdbc:postgresql://localhost:5432/shop")
                .containsEntry("MONGODB_URI", "mongodb://localhost:27017/shop");
    }

    /**
     * The gateway keeps its signing key in the run's folder (it alone reads and writes key files); the services
     * verify tokens through the gateway's JWKS, so none of them is handed a key file to trust.
     */
    @Test
    void theGatewayKeepsItsKeyInTheRunFolderAndTheServicesUseItsJwks() {
        Map<String, String> environment = ServiceEnvironment.of(database, mongo, keys, Map.of());

        assertThat(environment).containsEntry("JWT_KEY_DIRECTORY", "/run/keys")
                .doesNotContainKey("JWT_PRIVATE_KEY_LOCATION")
                .containsEntry("JWT_KEY_ID", "local")
                .containsEntry("JWT_ISSUER", "http://localhost:8080")
                .containsEntry("ADMIN_EMAIL", "admin@example.com")
                .doesNotContainKey("JWT_PUBLIC_KEY_LOCATION");
    }

    @Test
    void theMailServerIsPassedOnWhenTheDeveloperNamedOne() {
        Map<String, String> environment = ServiceEnvironment.of(database, mongo, keys,
                Map.of("MAIL_HOST", "localhost", "MAIL_PORT", "1025", "HOME", "/root"));

        assertThat(environment).containsEntry("MAIL_HOST", "localhost").containsEntry("MAIL_PORT", "1025")
                .doesNotContainKey("HOME");
        assertThat(ServiceEnvironment.mailDescription(Map.of("MAIL_HOST", "localhost", "MAIL_PORT", "1025")))
                .isEqualTo("SMTP at localhost:1025");
    }

    @Test
    void withoutAMailServerNotificationsAreLoggedAndTheBannerSaysSo() {
        Map<String, String> environment = ServiceEnvironment.of(database, mongo, keys, Map.of("MAIL_HOST", " "));

        assertThat(environment).doesNotContainKeys("MAIL_HOST", "MAIL_PORT");
        assertThat(ServiceEnvironment.mailDescription(Map.of())).contains("writes each e-mail to its log");
    }
}
