package org.example.observable.telemetry.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leaves excluded URLs of this application out of tracing. Liberty has no switch for it, but its servlet filter
 * runs after ours and its default sampler is parent-based: when the request it sees carries an unsampled
 * {@code traceparent}, Liberty's SERVER span and all its children are non-recording and never exported.
 * A caller's own {@code traceparent} is left alone, so a caller can still trace an excluded URL on purpose.
 * <p>
 * The parent travels as a request header, not as the current OpenTelemetry context: Liberty closes its own
 * scope after our filter returns, which left our context current on the pooled thread and silently unsampled
 * the next requests served by it (measured).
 * <p>
 * Liberty's own applications ({@code /health}, {@code /openapi}) never pass through this filter; server.env
 * switches their tracing off with {@code OTEL_TRACE_HTTP_DISABLED} (see the package documentation).
 */
@WebFilter(filterName = "ExcludedUrlTracingFilter", urlPatterns = "/*", asyncSupported = true)
public class ExcludedUrlTracingFilter extends HttpFilter {

    static final String TRACEPARENT = "traceparent";
    /** Valid ids, sampled flag off: a constant, so an excluded request allocates no trace state. */
    static final String UNSAMPLED_TRACEPARENT = "00-0000000000000000000000000000e0c1-000000000000e0c1-00";

    /** Environment variable TELEMETRY_EXCLUDED_URLS; {@link #DEFAULT_EXCLUDED_URLS} unless it is set. */
    static final String EXCLUDED_URLS_KEY = "telemetry.excluded.urls";
    static final String DEFAULT_EXCLUDED_URLS = "/health,/openapi,/metrics";

    @Inject
    @ConfigProperty(name = EXCLUDED_URLS_KEY, defaultValue = DEFAULT_EXCLUDED_URLS)
    String excludedUrlsSetting;

    private ExcludedUrls excludedUrls;

    @Override
    public void init() {
        excludedUrls = ExcludedUrls.parse(excludedUrlsSetting);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (excludedUrls.excludes(request.getRequestURI()) && request.getHeader(TRACEPARENT) == null) {
            chain.doFilter(new UnsampledRequest(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request as Liberty's tracing sees it: with an unsampled parent. */
    private static final class UnsampledRequest extends HttpServletRequestWrapper {

        UnsampledRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return TRACEPARENT.equalsIgnoreCase(name) ? UNSAMPLED_TRACEPARENT : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return TRACEPARENT.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(UNSAMPLED_TRACEPARENT)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.add(TRACEPARENT);
            return Collections.enumeration(names);
        }
    }
}
