-- One row per login: the session a refresh token belongs to. Only the SHA-256 of the current refresh token is kept;
-- each refresh replaces it, so a token presented again after its successor was issued does not match, and the
-- whole session is revoked (someone else has a copy).
CREATE TABLE sessions (
    id              UUID                     PRIMARY KEY,
    user_id         UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash      BYTEA                    NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the current refresh token's end: pushed on by each refresh, never past expires_at
    idle_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the session's end however active it is: started_at plus the maximum age
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_because VARCHAR(32)
);

CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);
