/**
 * Business metrics of the service ({@code app.*} counters), recorded by the feature services through
 * {@link ApplicationMetrics}. JVM, thread-pool and connection-pool metrics come from Liberty and are not
 * duplicated here.
 * <p>
 * Rules: instruments are built once, with a description and a unit; attributes never carry user data (no ids,
 * no names, no e-mail addresses).
 */
package org.example.observable.telemetry.metrics;
