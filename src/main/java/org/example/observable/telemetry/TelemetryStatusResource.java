package org.example.observable.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Troubleshooting: is telemetry on, where does it go, and which trace is this very request? Each call also
 * writes one log record, so log-trace correlation can be checked end to end with the ids answered.
 */
@Path("telemetry/status")
@RequestScoped
public class TelemetryStatusResource {

    private static final Logger LOG = Logger.getLogger(TelemetryStatusResource.class.getName());

    @Inject
    Config config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public TelemetryStatus status() {
        var settings = new TelemetrySettings(config);
        SpanContext span = Span.current().getSpanContext();
        LOG.info(() -> "Telemetry status requested; this request is trace " + span.getTraceId());
        return new TelemetryStatus(
                new TelemetryStatus.Tracing(settings.sdkEnabled(),
                        settings.value(TelemetryNames.CONFIG_TRACES_SAMPLER, "parentbased_always_on"),
                        settings.value(TelemetryNames.CONFIG_TRACES_SAMPLER_ARG, ""),
                        span.getTraceId(), span.getSpanId(), span.isSampled()),
                new TelemetryStatus.Exporters(
                        settings.value(TelemetryNames.CONFIG_TRACES_EXPORTER, "otlp"),
                        settings.value(TelemetryNames.CONFIG_METRICS_EXPORTER, "otlp"),
                        settings.value(TelemetryNames.CONFIG_LOGS_EXPORTER, "otlp")),
                new TelemetryStatus.Otlp(settings.otlpEndpointWithoutCredentials(),
                        settings.value(TelemetryNames.CONFIG_OTLP_PROTOCOL, "grpc"),
                        settings.otlpHeaderNames()),
                settings.value(TelemetryNames.CONFIG_SERVICE_NAME, "unknown_service"),
                settings.resourceAttributes());
    }
}
