-- Products with their stock, and orders. Stock never goes below zero: the CHECK is the last line of defence
-- behind the conditional UPDATE that reserves it.
CREATE TABLE products (
    id         BIGSERIAL PRIMARY KEY,
    name       VARCHAR(255)   NOT NULL,
    price      NUMERIC(12, 2) NOT NULL CHECK (price > 0),
    stock      INTEGER        NOT NULL CHECK (stock >= 0),
    created_at TIMESTAMPTZ    NOT NULL DEFAULT now()
);

-- PENDING while the payment is in flight; PAID or FAILED (stock given back) afterwards.
CREATE TABLE orders (
    id                     BIGSERIAL PRIMARY KEY,
    user_id                BIGINT         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id             BIGINT         NOT NULL REFERENCES products (id),
    quantity               INTEGER        NOT NULL CHECK (quantity > 0),
    amount                 NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    payment_method         VARCHAR(32)    NOT NULL,
    order_type             VARCHAR(32)    NOT NULL,
    status                 VARCHAR(16)    NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    payment_transaction_id VARCHAR(64),
    created_at             TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE INDEX orders_product_id_idx ON orders (product_id);

INSERT INTO products (name, price, stock) VALUES
    ('Observability handbook', 39.90, 100),
    ('Trace-shaped mug', 12.50, 250),
    ('Collector sticker pack', 4.99, 1000),
    ('Limited dashboard poster', 25.00, 3);
