-- The seed example's schema, with the constraints its API relies on.
CREATE TABLE users (
    id            BIGSERIAL PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    phone_number  VARCHAR(32)
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE posts (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title      VARCHAR(255)  NOT NULL,
    content    VARCHAR(10000) NOT NULL,
    published  BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX posts_user_id_idx ON posts (user_id);

CREATE TABLE votes (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, post_id)
);
CREATE INDEX votes_post_id_idx ON votes (post_id);
