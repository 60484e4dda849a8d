package org.example.observable.telemetry;

import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/telemetry/status} answers: the telemetry settings in effect and the ids of the request's
 * own span, so an operator can look that trace up in the backend, and per signal the last export failure the
 * exporters reported since the start (empty while every export succeeds). Holds no credential. A setting nothing sets
 * is left out of the answer (liberty/config/server.env sets them all).
 */
public record TelemetryStatus(Tracing tracing, Exporters exporters, Otlp otlp, String serviceName,
                              Map<String, String> resourceAttributes,
                              Map<String, ExportFailures.Failure> exportFailures) {

    /** {@code traceId}/{@code spanId} are those of the span serving this request (all zeros when none). */
    public record Tracing(boolean sdkEnabled, String sampler, String samplerArg, String traceId, String spanId,
                          boolean sampled) {
    }

    public record Exporters(String traces, String metrics, String logs) {
    }

    /** {@code headerNames}: the names given in OTEL_EXPORTER_OTLP_HEADERS, never their values. */
    public record Otlp(String endpoint, String protocol, List<String> headerNames) {
    }
}
