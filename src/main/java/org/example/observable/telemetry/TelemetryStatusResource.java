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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Troubleshooting: is telemetry on, where does it go, and which trace is this very request? Each call also
 * writes one log record, so log-trace correlation can be checked end to end with the ids answered.
 */
@Path("telemetry/status")
@Tag(name = "Telemetry")
@RequestScoped
public class TelemetryStatusResource {

    private static final Logger LOG = Logger.getLogger(TelemetryStatusResource.class.getName());

    @Inject
    Config config;

    @Inject
    ExportFailures exportFailures;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTelemetryStatus", summary = "The telemetry settings in effect and this request's trace id")
    public TelemetryStatus status() {
        var settings = new TelemetrySettings(config);
        SpanContext span = Span.current().getSpanContext();
        LOG.info(() -> "Telemetry status requested; this request is trace " + span.getTraceId());
        return new TelemetryStatus(
                new TelemetryStatus.Tracing(settings.sdkEnabled(),
                        settings.value(TelemetrySettings.TRACES_SAMPLER),
                        settings.value(TelemetrySettings.TRACES_SAMPLER_ARG),
                        span.getTraceId(), span.getSpanId(), span.isSampled()),
                new TelemetryStatus.Exporters(
                        settings.value(TelemetrySettings.TRACES_EXPORTER),
                        settings.value(TelemetrySettings.METRICS_EXPORTER),
                        settings.value(TelemetrySettings.LOGS_EXPORTER)),
                new TelemetryStatus.Otlp(settings.otlpEndpointWithoutCredentials(),
                        settings.value(TelemetrySettings.OTLP_PROTOCOL),
                        settings.otlpHeaderNames()),
                settings.value(TelemetrySettings.SERVICE_NAME),
                settings.resourceAttributes(),
                exportFailures.bySignal());
    }
}
