-- The gateway's user accounts, in its own schema. E-mails are stored lower-cased, and the unique index on
-- lower(email) makes "Ann@x.org" and "ann@x.org" one address even for rows written some other way.
CREATE TABLE users (
    id            UUID         PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    -- Argon2id in its standard encoded form: algorithm, parameters, salt and hash in one string.
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX users_email_unique ON users (lower(email));

CREATE TABLE user_roles (
    user_id UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role)
);
