/**
 * Database telemetry, where the persistence unit meets the container's {@code jdbc/appDb} DataSource: one CLIENT span
 * per SQL statement (JPA included, as a child of the span that issued it) and the connection pool's
 * {@code db.client.connection.*} metrics.
 * <p>
 * Liberty creates no JDBC spans, so the DataSource's connections are wrapped, for the persistence unit only, by
 * {@link StatementSpans} (which replaced the OpenTelemetry JDBC library 2.6.0-alpha at a fraction of its allocation);
 * the pool is measured around it ({@link ConnectionPoolMetrics}) instead of by Liberty's ConnectionPool monitor, whose
 * telemetry adapter costs 4% of a read's CPU.
 * <p>
 * Rules: the vendor SPI (EclipseLink's {@code SessionCustomizer}) is used here and nowhere else; features never
 * see it. Statements are recorded with literals replaced by {@code ?} (sanitization is forced on). The optional
 * {@code traceparent} SQL comment ({@code telemetry.db.sqlcommenter.enabled}) is off by default.
 */
package org.example.observable.telemetry.db;
