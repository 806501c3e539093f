-- The orders read model. Every row belongs to one generation of the model (see read_model_generation).
CREATE TABLE order_view (
    generation       INTEGER        NOT NULL,
    order_id         UUID           NOT NULL,
    customer_id      UUID           NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    total_amount     NUMERIC(14, 2) NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    rejection_reason VARCHAR(64),
    created_at       TIMESTAMPTZ    NOT NULL,
    updated_at       TIMESTAMPTZ    NOT NULL,
    -- the sequence number of the last event of this order applied here, so a redelivered event is skipped
    last_sequence    BIGINT         NOT NULL,
    PRIMARY KEY (generation, order_id)
);
-- "My orders by status, newest first" and "everybody's orders by status, newest first".
CREATE INDEX order_view_by_customer ON order_view (generation, customer_id, status, created_at DESC);
CREATE INDEX order_view_by_status ON order_view (generation, status, created_at DESC);

CREATE TABLE order_line_view (
    generation   INTEGER        NOT NULL,
    order_id     UUID           NOT NULL,
    line_no      INTEGER        NOT NULL,
    product_id   UUID           NOT NULL,
    product_name VARCHAR(200)   NOT NULL,
    quantity     INTEGER        NOT NULL,
    unit_price   NUMERIC(14, 2) NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    PRIMARY KEY (generation, order_id, line_no),
    FOREIGN KEY (generation, order_id) REFERENCES order_view (generation, order_id) ON DELETE CASCADE
);
