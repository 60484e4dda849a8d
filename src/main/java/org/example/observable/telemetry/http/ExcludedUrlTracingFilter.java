package org.example.observable.telemetry.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leaves excluded URLs of this application out of tracing. Liberty has no switch for it, but its servlet filter
 * runs after ours and its default sampler is parent-based: with an unsampled parent current, Liberty's SERVER
 * span and all its children are non-recording and never exported. A sampled {@code traceparent} sent by the
 * caller still wins, so a caller can trace an excluded URL on purpose.
 * <p>
 * Liberty's own applications ({@code /health}, {@code /openapi}) never pass through this filter; server.env
 * switches their tracing off with {@code OTEL_TRACE_HTTP_DISABLED} (see package documentation and README).
 */
@WebFilter(filterName = "ExcludedUrlTracingFilter", urlPatterns = "/*", asyncSupported = true)
public class ExcludedUrlTracingFilter extends HttpFilter {

    /** A fixed, valid, unsampled remote parent: built once, so an excluded request allocates no trace state. */
    private static final Context UNSAMPLED_PARENT = Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(
            "0000000000000000000000000000e0c1", "000000000000e0c1", TraceFlags.getDefault(), TraceState.getDefault())));

    @Inject
    @ConfigProperty(name = HttpTelemetryNames.EXCLUDED_URLS_KEY, defaultValue = HttpTelemetryNames.EXCLUDED_URLS_DEFAULT)
    String excludedUrlsSetting;

    private ExcludedUrls excludedUrls;

    @Override
    public void init() {
        excludedUrls = ExcludedUrls.parse(excludedUrlsSetting);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!excludedUrls.excludes(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        try (Scope ignored = UNSAMPLED_PARENT.makeCurrent()) {
            chain.doFilter(request, response);
        }
    }
}
