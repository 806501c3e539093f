package com.example.shop.gateway.console;

import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A file's ETag: the SHA-256 of its content, worked out once per file, since the console's files are packed into
 * the jar and cannot change while it runs.
 */
final class ContentHashEtags implements Function<Resource, String> {

    private final Map<String, String> byLocation = new ConcurrentHashMap<>();

    @Override
    public String apply(Resource resource) {
        return byLocation.computeIfAbsent(location(resource), location -> hashOf(resource));
    }

    private static String location(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hashOf(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = content.read(buffer)) != -1; ) {
                sha256.update(buffer, 0, read);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
