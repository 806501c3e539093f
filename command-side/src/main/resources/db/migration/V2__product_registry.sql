-- What order placement must know of each product (name, price, still orderable) and the guard that keeps
-- SKUs unique: a product claims its SKU here in the same transaction that stores its creation event.
CREATE TABLE product_registry (
    product_id     UUID          NOT NULL PRIMARY KEY,
    sku            VARCHAR(64)   NOT NULL UNIQUE,
    name           VARCHAR(200)  NOT NULL,
    price_amount   NUMERIC(14, 2) NOT NULL,
    price_currency CHAR(3)       NOT NULL,
    discontinued   BOOLEAN       NOT NULL DEFAULT FALSE
);
