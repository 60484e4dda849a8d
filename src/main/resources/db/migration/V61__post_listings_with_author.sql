-- Each post of post_listings with its author's public fields (e-mail, creation time), so that a read by id and a
-- listing are one row each of one read-only entity (posts.PostListing) and need no User entity: without the join to
-- the users entity the statements no longer read the author's password hash. Columns may only be added at the end.
CREATE OR REPLACE VIEW post_listings AS
SELECT p.id, p.user_id, p.title, p.content, p.published, p.created_at,
       (SELECT COUNT(*) FROM votes v WHERE v.post_id = p.id) AS votes,
       u.email AS owner_email, u.created_at AS owner_created_at
FROM posts p
JOIN users u ON u.id = p.user_id;
