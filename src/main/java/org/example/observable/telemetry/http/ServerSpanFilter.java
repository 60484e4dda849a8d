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
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.telemetry.TelemetrySwitch;

/**
 * Makes the HTTP SERVER span of every request of the application ({@link ServerSpans}), around everything else the
 * request runs: web.xml maps it first. Liberty's own servlet span is off for this application (server.xml,
 * {@code otel.trace.http.disabled}), and its JAX-RS filter, finding the span marked, only adds the matched route.
 * <p>
 * Requests under {@code TELEMETRY_EXCLUDED_URLS} that carry no {@code traceparent} get no span: they run in a context
 * whose parent is unsampled, so nothing under them is traced either. A caller's own {@code traceparent} is honoured,
 * so a caller can still trace an excluded URL on purpose.
 * <p>
 * The answer names the span in the {@code io.openliberty.trace} header ({@code <trace id>:<span id>}), as Liberty's
 * filter did. With the SDK off or under the OpenTelemetry Java agent, which makes the SERVER span itself
 * ({@link TelemetrySwitch}), or when Liberty's instrumentation API cannot be marked
 * ({@link InstrumentationApiSpanKeys}: then Liberty's JAX-RS filter makes the span, a warning says so), it only passes
 * the request on.
 */
public class ServerSpanFilter extends HttpFilter {

    private static final Logger LOGGER = Logger.getLogger(ServerSpanFilter.class.getName());

    /** Names the request's SERVER span to the caller; the name Liberty's servlet filter gave it. */
    static final String TRACE_RESPONSE_HEADER = "io.openliberty.trace";
    static final String TRACEPARENT = "traceparent";

    /** Environment variable TELEMETRY_EXCLUDED_URLS; {@link #DEFAULT_EXCLUDED_URLS} unless it is set. */
    static final String EXCLUDED_URLS_KEY = "telemetry.excluded.urls";
    static final String DEFAULT_EXCLUDED_URLS = "/health,/openapi,/metrics";

    @Inject
    @ConfigProperty(name = EXCLUDED_URLS_KEY, defaultValue = DEFAULT_EXCLUDED_URLS)
    String excludedUrlsSetting;

    @Inject
    OpenTelemetry openTelemetry;

    private ExcludedUrls excludedUrls;
    /** Null when this filter makes no spans. */
    private ServerSpans spans;

    @Override
    public void init() {
        excludedUrls = ExcludedUrls.parse(excludedUrlsSetting);
        if (!TelemetrySwitch.sdkEnabled() || TelemetrySwitch.javaAgentActive()) {
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
                openTelemetry.getPropagators().getTextMapPropagator(), keys.get());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (spans == null) {
            chain.doFilter(request, response);
            return;
        }
        if (excludedUrls.excludes(request.getRequestURI()) && request.getHeader(TRACEPARENT) == null) {
            try (Scope untraced = spans.untraced().makeCurrent()) {
                chain.doFilter(request, response);
            }
            return;
        }
        Context context = spans.start(request);
        Span span = Span.fromContext(context);
        response.setHeader(TRACE_RESPONSE_HEADER, span.getSpanContext().getTraceId() + ":" + span.getSpanContext().getSpanId());
        Throwable failure = null;
        try (Scope current = context.makeCurrent()) {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            if (failure == null && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new EndWhenComplete(span));
            } else {
                ServerSpans.end(span, response.getStatus(), failure);
            }
        }
    }

    /** Ends the span of an asynchronous request when its answer is complete. */
    private static final class EndWhenComplete implements AsyncListener {
        private final Span span;
        private Throwable failure;

        EndWhenComplete(Span span) {
            this.span = span;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            ServerSpans.end(span, ((HttpServletResponse) event.getSuppliedResponse()).getStatus(), failure);
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
