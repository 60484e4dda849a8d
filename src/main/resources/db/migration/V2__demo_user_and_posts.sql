-- Demo data for development and manual exploration: log in as demo@example.com with password demo-password-1.
-- The hash is the service's own format (Jakarta Security Pbkdf2PasswordHash):
-- algorithm:iterations:base64(32-byte salt):base64(32-byte PBKDF2 output), computed offline once.
WITH demo AS (
    INSERT INTO users (email, password_hash)
    VALUES ('demo@example.com',
            'PBKDF2WithHmacSHA256:210000:TY1+9yhGcrtVNDCym5pSXkHJ/HSvzXd0QYTW3RLhdHI=:/ZaEu4x8CqZuB/FL3FDMac9H0AHy6LH1PFfs4CAZxBU=')
    RETURNING id
)
INSERT INTO posts (user_id, title, content, published, created_at)
SELECT demo.id, post.title, post.content, post.published, now() - post.age
FROM demo, (VALUES
    ('Welcome to the observable service', 'Every request here leaves a trace, a metric and a log line.', TRUE, INTERVAL '2 hours'),
    ('Posts are paged', 'GET /api/posts?limit=10&skip=0 returns the newest first.', TRUE, INTERVAL '1 hour'),
    ('A draft', 'Unpublished posts are still listed to authenticated users.', FALSE, INTERVAL '0 hours')
) AS post (title, content, published, age);
