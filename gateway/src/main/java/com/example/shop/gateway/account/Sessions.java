package com.example.shop.gateway.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Logins that last: each login opens a session, and its refresh token buys a new access token and a new refresh
 * token, once. Presenting a refresh token that was already exchanged means two parties hold the session, so the
 * whole session is revoked (OAuth 2.0 Security BCP, refresh token rotation). Logging out, and a change of the user's
 * roles, revoke sessions at once; an access token already issued lives on until its own short expiry.
 */
@Service
public class Sessions {

    /** The shape of a refresh token, for the API's input checks. */
    public static final String REFRESH_TOKEN_SHAPE = RefreshToken.SHAPE;

    /** Sessions stay this long after they ended, then go: long enough to look into a revocation. */
    private static final Duration KEPT_AFTER_END = Duration.ofDays(1);

    /**
     * A refresh token handed to the client.
     *
     * @param expiresIn how long it may be exchanged from now
     */
    public record IssuedRefreshToken(String value, Duration expiresIn) {
    }

    /** A refresh that worked: whose session it is, as the account is now, and the token that replaces the one spent. */
    public record Refreshed(Account account, IssuedRefreshToken refreshToken) {
    }

    private final JdbcTemplate database;
    private final UserAccounts accounts;
    private final SessionProperties properties;
    private final Clock clock = Clock.systemUTC();

    Sessions(JdbcTemplate database, UserAccounts accounts, SessionProperties properties) {
        this.database = database;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** A new session for a user who just proved who they are. */
    @Transactional
    public IssuedRefreshToken open(UUID userId) {
        Instant now = clock.instant();
        RefreshToken token = RefreshToken.newFor(UUID.randomUUID());
        Instant expires = now.plus(properties.maxAge());
        Instant idleExpires = earliest(now.plus(properties.idleTimeout()), expires);
        database.update("INSERT INTO sessions (id, user_id, token_hash, started_at, idle_expires_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                token.session(), userId, token.hash(), Timestamp.from(now), Timestamp.from(idleExpires),
                Timestamp.from(expires));
        return new IssuedRefreshToken(token.value(), Duration.between(now, idleExpires));
    }

    /**
     * Exchanges the session's current refresh token for a new one. Empty when the token is not one: unknown,
     * expired, revoked, or no longer the current one, which revokes its session. Two refreshes with one token at
     * the same moment are the same case: the second waits for the first's row lock, then finds another token.
     */
    @Transactional
    public Optional<Refreshed> refresh(String presented) {
        Optional<RefreshToken> parsed = RefreshToken.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken spent = parsed.get();
        RefreshToken next = RefreshToken.newFor(spent.session());
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<Renewal> renewed = database.query("UPDATE sessions SET token_hash = ?, "
                        + "idle_expires_at = LEAST(?, expires_at) "
                        + "WHERE id = ? AND token_hash = ? AND revoked_at IS NULL AND idle_expires_at > ? "
                        + "AND expires_at > ? RETURNING user_id, idle_expires_at",
                (row, i) -> new Renewal(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant()),
                next.hash(), Timestamp.from(now.plus(properties.idleTimeout())), spent.session(), spent.hash(), at, at);
        if (renewed.isEmpty()) {
            database.update("UPDATE sessions SET revoked_at = ?, revoked_because = 'REUSED' "
                    + "WHERE id = ? AND token_hash <> ? AND revoked_at IS NULL", at, spent.session(), spent.hash());
            return Optional.empty();
        }
        Renewal renewal = renewed.get(0);
        return accounts.findById(renewal.userId()).map(account -> new Refreshed(account.view(),
                new IssuedRefreshToken(next.value(), Duration.between(now, renewal.expires()))));
    }

    private record Renewal(UUID userId, Instant expires) {
    }

    /**
     * Logs out: revokes the session the token belongs to, whether it is the current token or an earlier one of
     * the same session (then its successors go with it). Nothing happens for a token of no session.
     */
    @Transactional
    public void end(String presented) {
        RefreshToken.parse(presented).ifPresent(token -> database.update(
                "UPDATE sessions SET revoked_at = ?, revoked_because = 'LOGGED_OUT' "
                        + "WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), token.session()));
    }

    /** Revokes every session of the user: their next refresh fails, and they log in again. */
    void endAllOf(UUID userId, String because) {
        database.update("UPDATE sessions SET revoked_at = ?, revoked_because = ? "
                        + "WHERE user_id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), because, userId);
    }

    /** Forgets sessions a day after they ended; every instance may do it, the delete is the same. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetEnded() {
        Timestamp before = Timestamp.from(clock.instant().minus(KEPT_AFTER_END));
        database.update("DELETE FROM sessions WHERE expires_at < ? OR idle_expires_at < ? OR revoked_at < ?",
                before, before, before);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
