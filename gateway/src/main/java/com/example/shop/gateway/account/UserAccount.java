package com.example.shop.gateway.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A user as the gateway stores them. The e-mail is kept lower-cased; the password only as an Argon2id hash. */
@Entity
@Table(name = "users")
class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(UUID id, String email, String name, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.noneOf(Role.class);
        this.roles.addAll(roles);
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String passwordHash() {
        return passwordHash;
    }

    void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    Account view() {
        // Enum order, so roles always read ["USER", "ADMIN"], as in the tokens.
        return new Account(id, email, name, Arrays.stream(Role.values()).filter(roles::contains).map(Role::name)
                .toList());
    }
}
