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
 * Records the allowed request headers on the request's SERVER span ({@link ServerSpanFilter}). A JAX-RS filter, so
 * requests that match no resource (404) are not annotated.
 * Runs before authentication, so that a request rejected with 401 still shows its headers.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestHeaderCaptureFilter implements ContainerRequestFilter {

    /** Environment variable TELEMETRY_HTTP_REQUEST_HEADERS; {@link #DEFAULT_HEADERS} unless it is set. */
    static final String HEADERS_KEY = "telemetry.http.request.headers";
    static final String DEFAULT_HEADERS = "content-type,user-agent";

    @Inject
    @ConfigProperty(name = HEADERS_KEY, defaultValue = DEFAULT_HEADERS)
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
        List<RequestHeaderCapture.RecordedHeader> recorded = capture.recorded();
        for (int i = 0; i < recorded.size(); i++) {
            RequestHeaderCapture.RecordedHeader header = recorded.get(i);
            List<String> values = request.getHeaders().get(header.name());
            if (values != null && !values.isEmpty()) {
                span.setAttribute(header.attributeKey(), List.copyOf(values));
            }
        }
    }
}
