/**
 * The service's HTTP telemetry: the SERVER span of every request with an allowlist of its headers, and its count in
 * {@code http.server.active_requests}, both by one servlet filter ({@link HttpServerTelemetryFilter}; Liberty's JAX-RS
 * filter adds the route), leaving housekeeping URLs out of tracing; {@code http.server.response.body.size}, the other
 * HTTP server metric Liberty does not emit, from the JAX-RS response ({@link HttpServerMetricsFilter});
 * {@code http.server.request.duration} is Liberty's.
 * <p>
 * Rules: names follow the OpenTelemetry semantic conventions and live in the catalogue
 * ({@link org.example.observable.telemetry.TelemetryNames}). {@code http.route} is
 * always a route template ({@code /api/posts/{id}}), never a raw path nor a parameter's regular expression, and is
 * absent when no resource matched.
 * Credentials ({@link RequestHeaderCapture#NEVER_RECORDED}) are never recorded, whatever the configuration says.
 * Nothing here may cost more than a map lookup on an excluded request: no span, no allocation of note.
 */
package org.example.observable.telemetry.http;
