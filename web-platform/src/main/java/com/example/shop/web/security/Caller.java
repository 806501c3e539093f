package com.example.shop.web.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.UUID;

/**
 * The authenticated user behind a request, as the gateway's token describes them.
 *
 * @param id    the user id (the token's subject)
 * @param email where outcomes of their orders are sent
 */
public record Caller(UUID id, String email, boolean admin) {

    /** Whether this caller may see something that belongs to the given user: its owner or an admin may. */
    public boolean maySeeWhatBelongsTo(UUID ownerId) {
        return admin || id.equals(ownerId);
    }

    public static Caller of(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return new Caller(UUID.fromString(token.getSubject()), token.getClaimAsString("email"),
                roles != null && roles.contains("ADMIN"));
    }
}
