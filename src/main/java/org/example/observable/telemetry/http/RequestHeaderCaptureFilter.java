package org.example.observable.telemetry.http;

import io.opentelemetry.api.trace.Span;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the allowed request headers on Liberty's SERVER span. Post-matching on purpose: only there is
 * {@link Span#current()} the SERVER span. Requests that match no resource (404) are therefore not annotated.
 * Before authentication, so that a request rejected with 401 is annotated too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class RequestHeaderCaptureFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = HttpTelemetryNames.REQUEST_HEADERS_KEY, defaultValue = HttpTelemetryNames.REQUEST_HEADERS_DEFAULT)
    String requestHeadersSetting;

    private RequestHeaderCapture capture;

    @PostConstruct
    void readAllowlist() {
        capture = RequestHeaderCapture.allowing(requestHeadersSetting);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Span span = Span.current();
        if (!span.isRecording()) {
            return;
        }
        for (String header : capture.recordedHeaders()) {
            List<String> values = request.getHeaders().get(header);
            if (values != null && !values.isEmpty()) {
                span.setAttribute(capture.attributeKey(header), List.copyOf(values));
            }
        }
    }
}
