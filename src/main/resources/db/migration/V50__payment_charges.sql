-- The stand-in payment service's record of approved charges, by idempotency key (the order id): a repeated
-- authorization answers the same transaction, and the order service can ask later whether a charge happened
-- (orders.PendingOrderSweeper).
CREATE TABLE payment_charges (
    idempotency_key VARCHAR(100)   PRIMARY KEY,
    transaction_id  VARCHAR(64)    NOT NULL,
    amount          NUMERIC(14, 2) NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now()
);
