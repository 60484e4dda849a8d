/**
 * The service's telemetry catalogue and its troubleshooting endpoint.
 * <p>
 * Rules: every span name, attribute key and metric name is a constant in {@link
 * org.example.observable.telemetry.TelemetryNames} and a row in docs/telemetry.md; semantic-convention names
 * come first. OpenTelemetry is injected with CDI ({@code GlobalOpenTelemetry} is a no-op in Liberty). Nothing
 * here prints a credential: endpoints lose their user info and OTLP header values are never read out.
 * Sub-packages: {@code db} (database spans), {@code http} (HTTP filters and metrics), {@code metrics}
 * (business metrics).
 */
package org.example.observable.telemetry;
