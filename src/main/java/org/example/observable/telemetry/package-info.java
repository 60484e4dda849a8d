/**
 * The service's telemetry catalogue, the one way our code makes a span ({@link
 * org.example.observable.telemetry.ApplicationSpans}) and the troubleshooting endpoint.
 * <p>
 * Rules: every span name, attribute key and metric name our code emits is a constant in {@link
 * org.example.observable.telemetry.TelemetryNames} and a row in docs/telemetry.md (names Liberty emits are rows
 * only); semantic-convention names come first. Spans are made through {@code ApplicationSpans}, metrics in the scope
 * {@code TelemetryNames.INSTRUMENTATION_SCOPE}; the database spans alone have a scope of their own
 * ({@code TelemetryNames.DATABASE_INSTRUMENTATION_SCOPE}, {@code db.StatementSpans}), their names made from their
 * attributes. OpenTelemetry is
 * injected with CDI ({@code GlobalOpenTelemetry} is a no-op in Liberty). A count that goes up and down on the
 * request path is an {@link org.example.observable.telemetry.ObservedCount} read by an asynchronous up-down counter,
 * not a synchronous one recorded twice a request (docs/performance.md). With the SDK off ({@link
 * org.example.observable.telemetry.TelemetrySwitch}, read once where each piece is set up) our instrumentation
 * stays out of the request path: nothing wrapped, nothing measured. Nothing here prints a credential: endpoints lose their user info and OTLP header values are never read out.
 * Sub-packages: {@code db} (database spans), {@code http} (HTTP filters and metrics), {@code metrics}
 * (business metrics).
 */
package org.example.observable.telemetry;
