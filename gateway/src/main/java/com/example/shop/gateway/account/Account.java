package com.example.shop.gateway.account;

import java.util.List;
import java.util.UUID;

/**
 * A user as callers see them, never with the password hash.
 *
 * @param roles role names in a fixed order, {@code ["USER"]} or {@code ["USER", "ADMIN"]}
 */
public record Account(UUID id, String email, String name, List<String> roles) {
}
