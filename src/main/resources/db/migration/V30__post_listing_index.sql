-- The post listing (GET /api/posts) reads the newest posts first: without this index every page is a sequential
-- scan and a sort of the whole table, which grows with every post written.
CREATE INDEX posts_created_at_id_idx ON posts (created_at DESC, id DESC);
