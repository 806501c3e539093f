-- query-side's tracking tokens, in its own schema: a PostgreSQL read model and its token commit together.
CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

-- Which generation of each read model queries read (active) and which one a replay is building. A replay
-- writes a new generation while queries keep answering from the last complete one.
CREATE TABLE read_model_generation (
    read_model   VARCHAR(64) NOT NULL PRIMARY KEY,
    active       INTEGER     NOT NULL,
    building     INTEGER,
    replay_until BIGINT
);
INSERT INTO read_model_generation (read_model, active) VALUES ('orders', 1), ('catalog', 1), ('order-timeline', 1);
