-- Messages waiting for the mail relay (package notifications). Rows are written after the registration commits.
CREATE TABLE notification_outbox (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    recipient  VARCHAR(320)  NOT NULL,
    subject    VARCHAR(255)  NOT NULL,
    body       VARCHAR(10000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at    TIMESTAMPTZ
);
CREATE INDEX notification_outbox_unsent_idx ON notification_outbox (created_at) WHERE sent_at IS NULL;
