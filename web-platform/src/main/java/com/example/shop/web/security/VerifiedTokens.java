package com.example.shop.web.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers tokens that passed every check until they expire, so that a customer's every request does not verify
 * the same RSA signature again: at saturation the check was a seventh of the gateway's CPU and a twentieth of
 * command-side's (JFR). A token is immutable, so one that was valid is valid, with the same claims, until its
 * {@code exp}; the remembered one is handed out only before then, and after it the decoder decides again (with its
 * clock skew). Refusals are never remembered: a forged token costs a check each time, as before. At most
 * {@code capacity} tokens are kept; when full, the expired ones go, and if that frees nothing, all of them.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JwtDecoder decoder, int capacity, Clock clock) {
        this.decoder = decoder;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = verified.get(token);
        if (known != null && stillValid(known, now)) {
            return known;
        }
        Jwt checked = decoder.decode(token);
        if (checked.getExpiresAt() != null && stillValid(checked, now)) {
            makeRoom(now);
            verified.put(token, checked);
        }
        return checked;
    }

    private static boolean stillValid(Jwt token, Instant now) {
        return token.getExpiresAt() != null && now.isBefore(token.getExpiresAt());
    }

    private void makeRoom(Instant now) {
        if (verified.size() < capacity) {
            return;
        }
        verified.values().removeIf(token -> !stillValid(token, now));
        if (verified.size() >= capacity) {
            verified.clear();
        }
    }
}
