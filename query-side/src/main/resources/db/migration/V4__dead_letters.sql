-- Events a read model could not handle, parked per sequence (an order's or a product's events) so that every
-- other sequence keeps flowing; an admin retries them once the cause is fixed. Column names are those of Axon's
-- DeadLetterSchema; serialized columns are bytea (never large objects), and times are ISO-8601 strings because
-- Axon's JDBC queue writes and compares them as text.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL PRIMARY KEY,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    -- text: a cause's message can be long, and a letter that cannot be stored would block its segment again
    causeMessage         TEXT,
    diagnostics          BYTEA,
    UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX dead_letter_by_group ON DeadLetterEntry (processingGroup);
CREATE INDEX dead_letter_by_sequence ON DeadLetterEntry (processingGroup, sequenceIdentifier);
