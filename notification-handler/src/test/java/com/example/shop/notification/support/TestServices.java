package com.example.shop.notification.support;

import com.example.shop.testsupport.TestMongo;
import com.example.shop.testsupport.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Points a notification-handler under test at the real PostgreSQL, MongoDB-protocol server and token keys. */
public final class TestServices {

    private TestServices() {
    }

    /**
     * @param jdbcUrl       a database of its own for each running application: two of them on one token table
     *                      would take the processor's segment from each other
     * @param mongoDatabase likewise a MongoDB database of its own
     */
    public static Map<String, String> properties(String jdbcUrl, String mongoDatabase) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("spring.mongodb.uri", TestMongo.uri(mongoDatabase));
        properties.put("shop.security.jwt.public-key-location", TestTokens.publicKeyLocation());
        properties.put("shop.security.jwt.issuer", TestTokens.ISSUER);
        // Fast rounds and short waits, so retries play out in seconds: 0.2, 0.4, 0.8, 1, 1 s.
        properties.put("shop.notifications.delivery.poll-interval", "100ms");
        properties.put("shop.notifications.delivery.backoff-initial", "200ms");
        properties.put("shop.notifications.delivery.backoff-max", "1s");
        properties.put("shop.notifications.delivery.max-attempts", "6");
        return properties;
    }

    public static void register(DynamicPropertyRegistry registry, String jdbcUrl, String mongoDatabase) {
        properties(jdbcUrl, mongoDatabase).forEach((name, value) -> registry.add(name, () -> value));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
