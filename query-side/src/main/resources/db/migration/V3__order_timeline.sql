-- The order timeline: every step of an order's process, one row per event, in the order the event log has
-- them. Keyed by the event's id, so a step delivered twice is stored once.
CREATE TABLE timeline_order (
    generation  INTEGER     NOT NULL,
    order_id    UUID        NOT NULL,
    customer_id UUID        NOT NULL,
    status      VARCHAR(16) NOT NULL,
    PRIMARY KEY (generation, order_id)
);

CREATE TABLE timeline_product_name (
    generation   INTEGER      NOT NULL,
    order_id     UUID         NOT NULL,
    product_id   UUID         NOT NULL,
    product_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (generation, order_id, product_id)
);

CREATE TABLE timeline_step (
    generation INTEGER      NOT NULL,
    event_id   VARCHAR(64)  NOT NULL,
    order_id   UUID         NOT NULL,
    position   BIGINT       NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    type       VARCHAR(64)  NOT NULL,
    source     VARCHAR(128) NOT NULL,
    details    VARCHAR(500) NOT NULL,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX timeline_step_by_order ON timeline_step (generation, order_id, position);
