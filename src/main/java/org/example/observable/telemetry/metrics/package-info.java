/**
 * Business metrics of the service ({@code app.*}), recorded by the feature services through
 * {@link ApplicationMetrics} and {@link OrderMetrics}. JVM, thread-pool and connection-pool metrics come from Liberty and are not
 * duplicated here.
 * <p>
 * Rules: instruments are built once, in our instrumentation scope, with a description and a unit; names come from
 * {@link org.example.observable.telemetry.TelemetryNames}; attributes never carry user data (no ids,
 * no names, no e-mail addresses).
 */
package org.example.observable.telemetry.metrics;
