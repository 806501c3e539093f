package com.example.shop.gateway.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An opaque refresh token, {@code <session id>.<secret>}: 256 random bits name it, and only their SHA-256 is stored.
 * A slow hash is not needed: nobody can guess 256 bits, and the lookup must be cheap. The session id in front lets a
 * token that is no longer the current one be recognised as a reuse of that session's.
 */
record RefreshToken(UUID session, String secret) {

    /** What the API accepts as a refresh token; anything else is refused as invalid input. */
    public static final String SHAPE =
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[A-Za-z0-9_-]{43}";

    private static final Pattern PATTERN = Pattern.compile(SHAPE);
    private static final SecureRandom RANDOM = new SecureRandom();

    static RefreshToken newFor(UUID session) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new RefreshToken(session, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    static Optional<RefreshToken> parse(String value) {
        if (value == null || !PATTERN.matcher(value).matches()) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        return Optional.of(new RefreshToken(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1)));
    }

    String value() {
        return session + "." + secret;
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RefreshToken[session=" + session + "]";
    }
}
