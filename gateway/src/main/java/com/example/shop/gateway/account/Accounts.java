package com.example.shop.gateway.account;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sign-up, credential checks and role changes. Passwords are hashed outside any transaction: a hash takes tens of
 * milliseconds, and a connection should not wait for it. A change of roles ends the user's sessions.
 */
@Service
public class Accounts {

    private static final String DOMAIN_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";

    /**
     * An address the shop can mail and tell apart from every other: ASCII only (a domain with other letters is given
     * in its xn-- form), the characters RFC 5321 allows in a local part, and a dot in the domain (Hibernate's own
     * check lets {@code a@b} through). Anything else let through addresses such as {@code a@example.com<script>} or
     * ones that differ from another account's only by invisible combining marks, and every order of such an
     * account would end in an e-mail that cannot be sent.
     */
    public static final String EMAIL_SHAPE = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@" + DOMAIN_LABEL
            + "(?:\\." + DOMAIN_LABEL + ")+";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final Clock clock = Clock.systemUTC();
    /** Checked against when the e-mail is unknown, so that answer takes as long as a wrong password. */
    private final String decoyHash;

    Accounts(UserAccounts accounts, PasswordEncoder passwords, Sessions sessions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The one form e-mails are stored, compared and put in tokens in. */
    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    Account register(String email, String password, String name) {
        return create(normalize(email), password, name.strip(), EnumSet.of(Role.USER));
    }

    /** The account these credentials belong to; empty for an unknown e-mail and for a wrong password alike. */
    public Optional<Account> authenticate(String email, String password) {
        Optional<UserAccount> found = accounts.findByEmail(normalize(email));
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!passwords.matches(password, account.passwordHash())) {
            return Optional.empty();
        }
        if (passwords.upgradeEncoding(account.passwordHash())) {
            account.rehashPassword(passwords.encode(password));
            accounts.save(account);
        }
        return Optional.of(account.view());
    }

    @Transactional(readOnly = true)
    Optional<Account> find(UUID id) {
        return accounts.findById(id).map(UserAccount::view);
    }

    @Transactional(readOnly = true)
    AccountPage list(int page, int size) {
        Page<UserAccount> found = accounts.findAll(PageRequest.of(page, size, Sort.by("email")));
        return new AccountPage(found.map(UserAccount::view).getContent(), page, size, found.getTotalElements());
    }

    @Transactional
    Account changeRoles(UUID id, Set<Role> roles) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new UnknownUser(id));
        List<String> before = account.view().roles();
        account.changeRoles(roles);
        if (!account.view().roles().equals(before)) {
            // Roles are in the access token; a session kept would go on minting tokens with the old ones.
            sessions.endAllOf(id, "ROLES_CHANGED");
        }
        // Saved explicitly, as ensureAdministrator calls this from inside the class, where no transaction applies.
        return accounts.save(account).view();
    }

    /**
     * Makes sure an administrator with this e-mail exists: created with this password when missing, given both
     * roles when present. An existing account keeps its password, so that a restart never undoes a change.
     */
    Account ensureAdministrator(String email, String password, String name) {
        String normalized = normalize(email);
        Optional<UserAccount> existing = accounts.findByEmail(normalized);
        if (existing.isPresent()) {
            return changeRoles(existing.get().id(), EnumSet.allOf(Role.class));
        }
        try {
            return create(normalized, password, name, EnumSet.allOf(Role.class));
        } catch (EmailTaken racedWithAnotherInstance) {
            return changeRoles(accounts.findByEmail(normalized).orElseThrow().id(), EnumSet.allOf(Role.class));
        }
    }

    private Account create(String email, String password, String name, Set<Role> roles) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new EmailTaken(email);
        }
        UserAccount account = new UserAccount(UUID.randomUUID(), email, name, passwords.encode(password), roles,
                clock.instant());
        try {
            return accounts.saveAndFlush(account).view();
        } catch (DataIntegrityViolationException concurrentSignUp) {
            // Two sign-ups with one e-mail at the same moment: the unique index lets exactly one of them in.
            throw new EmailTaken(email);
        }
    }
}
