package org.example.observable.telemetry.http;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.observable.telemetry.ObservedCount;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.telemetry.TelemetrySwitch;

/**
 * The HTTP server telemetry of every request of the application, around everything else the request runs (web.xml
 * maps it first): the request's SERVER span ({@link ServerSpans}) with the allowlisted request headers, and its count
 * in {@code http.server.active_requests}. One servlet filter for both, so a request passes one filter of ours, not
 * one per signal. Liberty's own servlet span is off for this application (server.xml, {@code otel.trace.http.disabled}),
 * and its JAX-RS filter, finding the span marked, only adds the matched route.
 * <p>
 * Requests under {@code TELEMETRY_EXCLUDED_URLS} that carry no {@code traceparent} get no span: they run in a context
 * whose parent is unsampled, so nothing under them is traced either (they are still counted as active). A caller's own
 * {@code traceparent} is honoured, so a caller can still trace an excluded URL on purpose.
 * <p>
 * The answer names the span in the {@code io.openliberty.trace} header ({@code <trace id>:<span id>}), as Liberty's
 * filter did. With the SDK off ({@link TelemetrySwitch}) it only passes the request on. Under the OpenTelemetry Java
 * agent, which makes the SERVER span itself, or when Liberty's instrumentation API cannot be marked
 * ({@link InstrumentationApiSpanKeys}: then Liberty's JAX-RS filter makes the span, a warning says so), it makes no span
 * and only counts. A request that goes asynchronous is counted and its span ended when its answer is complete.
 */
public class HttpServerTelemetryFilter extends HttpFilter {

    private static final Logger LOGGER = Logger.getLogger(HttpServerTelemetryFilter.class.getName());

    /** Names the request's SERVER span to the caller; the name Liberty's servlet filter gave it. */
    static final String TRACE_RESPONSE_HEADER = "io.openliberty.trace";
    static final String TRACEPARENT = "traceparent";

    /** Environment variable TELEMETRY_EXCLUDED_URLS; {@link #DEFAULT_EXCLUDED_URLS} unless it is set. */
    static final String EXCLUDED_URLS_KEY = "telemetry.excluded.urls";
    static final String DEFAULT_EXCLUDED_URLS = "/health,/openapi,/metrics";

    /** Environment variable TELEMETRY_HTTP_REQUEST_HEADERS; {@link #DEFAULT_REQUEST_HEADERS} unless it is set. */
    static final String REQUEST_HEADERS_KEY = "telemetry.http.request.headers";
    static final String DEFAULT_REQUEST_HEADERS = "content-type,user-agent";

    @Inject
    @ConfigProperty(name = EXCLUDED_URLS_KEY, defaultValue = DEFAULT_EXCLUDED_URLS)
    String excludedUrlsSetting;

    @Inject
    @ConfigProperty(name = REQUEST_HEADERS_KEY, defaultValue = DEFAULT_REQUEST_HEADERS)
    String requestHeadersSetting;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    HttpServerMetrics metrics;

    private ExcludedUrls excludedUrls;
    /** The counts, not the bean: a call through its CDI proxy on every request would cost Weld's dispatch. Null with the SDK off. */
    private HttpServerMetrics.ActiveRequestCounts activeRequestCounts;
    /** Null when this filter makes no spans. */
    private ServerSpans spans;

    @Override
    public void init() {
        excludedUrls = ExcludedUrls.parse(excludedUrlsSetting);
        if (!TelemetrySwitch.sdkEnabled()) {
            return;
        }
        activeRequestCounts = metrics.activeRequestCounts();
        if (TelemetrySwitch.javaAgentActive()) {
            return;
        }
        Optional<InstrumentationApiSpanKeys> keys = InstrumentationApiSpanKeys.ofLibertysInstrumentationApi();
        if (keys.isEmpty()) {
            LOGGER.warning(() -> "Liberty's OpenTelemetry instrumentation API has no " + InstrumentationApiSpanKeys.SPAN_KEY_CLASS
                    + " " + InstrumentationApiSpanKeys.SERVER_SPAN_KEYS + ": the SERVER spans are left to Liberty's JAX-RS filter"
                    + " (none for requests no resource matches)");
            return;
        }
        spans = new ServerSpans(openTelemetry.getTracer(TelemetryNames.HTTP_INSTRUMENTATION_SCOPE),
                openTelemetry.getPropagators().getTextMapPropagator(), keys.get(),
                RequestHeaderCapture.allowing(requestHeadersSetting));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (activeRequestCounts == null) {
            chain.doFilter(request, response);
            return;
        }
        ObservedCount activeRequests = activeRequestCounts.of(request.getMethod(), request.getScheme());
        activeRequests.increment();
        Span span = null;
        Throwable failure = null;
        try {
            if (spans == null) {
                chain.doFilter(request, response);
            } else if (excludedUrls.excludes(request.getRequestURI()) && request.getHeader(TRACEPARENT) == null) {
                try (Scope untraced = spans.untraced().makeCurrent()) {
                    chain.doFilter(request, response);
                }
            } else {
                Context context = spans.start(request);
                span = Span.fromContext(context);
                response.setHeader(TRACE_RESPONSE_HEADER, span.getSpanContext().getTraceId() + ":" + span.getSpanContext().getSpanId());
                try (Scope current = context.makeCurrent()) {
                    chain.doFilter(request, response);
                }
            }
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            if (failure == null && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new EndWhenComplete(activeRequests, span));
            } else {
                activeRequests.decrement();
                if (span != null) {
                    ServerSpans.end(span, response.getStatus(), failure);
                }
            }
        }
    }

    /** Ends an asynchronous request's count and span when its answer is complete. */
    private static final class EndWhenComplete implements AsyncListener {
        private final ObservedCount activeRequests;
        /** Null when the request has no span of ours. */
        private final Span span;
        private Throwable failure;

        EndWhenComplete(ObservedCount activeRequests, Span span) {
            this.activeRequests = activeRequests;
            this.span = span;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            activeRequests.decrement();
            if (span != null) {
                ServerSpans.end(span, ((HttpServletResponse) event.getSuppliedResponse()).getStatus(), failure);
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows a timeout
        }

        @Override
        public void onError(AsyncEvent event) {
            failure = event.getThrowable();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
