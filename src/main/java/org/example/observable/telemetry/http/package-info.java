/**
 * The service's HTTP telemetry: the SERVER span of every request ({@link ServerSpanFilter}, Liberty's JAX-RS filter
 * adding its route), leaving housekeeping URLs out of tracing, recording an allowlist of request headers on the SERVER
 * span, and the HTTP server metrics Liberty does not emit ({@code http.server.active_requests},
 * {@code http.server.response.body.size}); {@code http.server.request.duration} is Liberty's.
 * <p>
 * Rules: names follow the OpenTelemetry semantic conventions and live in the catalogue
 * ({@link org.example.observable.telemetry.TelemetryNames}). {@code http.route} is
 * always a route template ({@code /api/posts/{id}}), never a raw path nor a parameter's regular expression, and is
 * absent when no resource matched.
 * Credentials ({@link RequestHeaderCapture#NEVER_RECORDED}) are never recorded, whatever the configuration says.
 * Nothing here may cost more than a map lookup on an excluded request: no span, no allocation of note.
 */
package org.example.observable.telemetry.http;
