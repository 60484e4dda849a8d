/**
 * Posts: list (paged, newest first, searchable by title), read, write, replace and delete.
 * <p>
 * Rules: every endpoint needs an authenticated user; only the owner may replace or delete a post
 * ({@link Post#requireOwner}); a title is 1-255 and content 1-10000 non-blank characters; pages hold 1-100
 * posts, 10 by default, larger limits are capped ({@link PageRequest}); the order is created_at then id,
 * both descending, so pages never overlap. A read or a page is one statement (vote counts as a subquery) and runs
 * without a transaction; writes are transactional.
 */
package org.example.observable.posts;
