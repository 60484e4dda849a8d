/**
 * Bulk import of posts: {@code POST /api/posts/import} with a JSON array of posts.
 * <p>
 * Rules: at most {@value org.example.observable.bulkimport.PostImportService#MAX_ITEMS} posts and
 * {@value org.example.observable.bulkimport.ImportBodyLimitFilter#MAX_BYTES} bytes per request (a declared
 * {@code Content-Length} above it is refused before the body is read), else 413. Each post is validated by the
 * same rules as {@code POST /api/posts}; invalid posts are skipped and reported by index, valid ones imported.
 * Posts are written in chunks of {@value org.example.observable.bulkimport.PostImportService#CHUNK_SIZE}, each
 * chunk in its own transaction: a chunk that fails in the database rolls back alone, its posts are reported as
 * failed, and earlier and later chunks stay imported. The work runs in a {@code process_dataset} span with one
 * {@code chunk.processed} event per chunk.
 */
package org.example.observable.bulkimport;
