/**
 * Start-up and configuration plumbing: the database is reachable and migrated before any request is served.
 * <p>
 * Rules: the embedded PostgreSQL exists only for {@code liberty:dev}/{@code liberty:run} (its jars come from a
 * server library the container image does not have) and never starts when {@code DB_HOST} is set or
 * {@code ENVIRONMENT} is {@code production}/{@code staging}. Schema changes are Flyway migrations in
 * {@code db/migration}; JPA never generates schema.
 */
package org.example.observable.platform;
