-- Posts as the listing (GET /api/posts) shows them: each with its number of votes. The listing reads this view as one
-- entity (posts.PostListing) so that EclipseLink prepares its page query once: a page of a query selecting a post, its
-- author and a count was prepared (its SQL generated) again on every request (docs/performance.md).
CREATE VIEW post_listings AS
SELECT p.id, p.user_id, p.title, p.content, p.published, p.created_at,
       (SELECT COUNT(*) FROM votes v WHERE v.post_id = p.id) AS votes
FROM posts p;
