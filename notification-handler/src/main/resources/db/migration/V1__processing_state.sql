-- notification-handler's only state in PostgreSQL: the tracking token of its "notifications" processor, in the
-- service's own schema. The notifications themselves live in MongoDB. The token is this service's alone, so
-- a replay that another service starts on its own processors can never move it.
CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);
