/**
 * Database client spans: one CLIENT span per SQL statement, JPA included, as a child of the span that issued it.
 * <p>
 * Liberty creates no JDBC spans, so the container's {@code jdbc/appDb} DataSource is wrapped, for the persistence
 * unit only, by the OpenTelemetry JDBC instrumentation (2.6.0-alpha, the newest that runs on Liberty's API).
 * <p>
 * Rules: the vendor SPI (EclipseLink's {@code SessionCustomizer}) is used here and nowhere else; features never
 * see it. Statements are recorded with literals replaced by {@code ?} (sanitization is forced on). The optional
 * {@code traceparent} SQL comment ({@code telemetry.db.sqlcommenter.enabled}) is off by default.
 */
package org.example.observable.telemetry.db;
