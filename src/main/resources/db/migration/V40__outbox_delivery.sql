-- The mail relay (notifications.OutboxRelay): attempts with backoff, the last failure's kind, and the trace
-- context of the registration that wrote the message, so the delivery span can link to it.
ALTER TABLE notification_outbox
    ADD COLUMN attempts        INTEGER      NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    ADD COLUMN last_error      VARCHAR(200),
    ADD COLUMN traceparent     VARCHAR(55);
DROP INDEX notification_outbox_unsent_idx;
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at, id) WHERE sent_at IS NULL;
