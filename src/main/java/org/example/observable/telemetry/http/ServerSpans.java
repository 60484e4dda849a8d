package org.example.observable.telemetry.http;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.example.observable.telemetry.TelemetryAttributes;

/**
 * The HTTP SERVER span of a request, with the attributes of the semantic conventions (1.25) that Liberty's servlet
 * instrumenter gave it until 6 December (fourteenth session), name for name: the caller's W3C context continued,
 * {@code http.request.method}, {@code url.scheme}, {@code url.path}, {@code url.query}, {@code server.address} and
 * {@code server.port} (from {@code Forwarded: host=}, {@code X-Forwarded-Host} or {@code Host}), {@code client.address}
 * (from {@code Forwarded: for=} or {@code X-Forwarded-For}), {@code user_agent.original}, {@code http.route} (the
 * servlet's path until Liberty's JAX-RS filter sets the matched template), all given to the sampler; at the end
 * {@code http.response.status_code}, and for a 5xx or an exception {@code error.type} and the status ERROR.
 * Added: {@code network.protocol.version}, which the catalogue promised and Liberty never set, and the allowlisted
 * request headers ({@code http.request.header.<name>}, {@link RequestHeaderCapture}), until 6 December (fifteenth
 * session) set by a JAX-RS filter after the span had started: now the sampler sees them, and a request no resource
 * matches carries them too.
 * <p>
 * Liberty's instrumenter extracted each attribute through layers of getters and extractors into maps of its own,
 * then copied them into the span builder, whether the span was sampled or not (2.9 KiB and about 4.5 us a read,
 * docs/performance.md); this sets each one on the builder once. The context it returns carries the marks of
 * {@link InstrumentationApiSpanKeys}, so Liberty's instrumenters add to this span instead of starting their own.
 */
final class ServerSpans {

    private static final Set<String> KNOWN_METHODS =
            Set.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE");
    private static final String OTHER_METHOD = "_OTHER";
    private static final String UNKNOWN_METHOD_SPAN_NAME = "HTTP";

    /** Valid ids, sampled flag off: the parent of a request that must not be traced. */
    private static final SpanContext UNSAMPLED_PARENT = SpanContext.createFromRemoteParent(
            "0000000000000000000000000000e0c1", "000000000000e0c1", TraceFlags.getDefault(), TraceState.getDefault());

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final InstrumentationApiSpanKeys spanKeys;
    private final List<RequestHeaderCapture.RecordedHeader> recordedHeaders;
    /** The context of a request that is not traced: made once, marked, so that nothing starts a span under it. */
    private final Context untraced;
    /** The {@code Host} header last seen, parsed: shared by the request threads, replaced whole. */
    private volatile HostAndPort.Parsed lastHost;

    ServerSpans(Tracer tracer, TextMapPropagator propagator, InstrumentationApiSpanKeys spanKeys, RequestHeaderCapture headers) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.spanKeys = spanKeys;
        this.recordedHeaders = headers.recorded();
        Span unsampled = Span.wrap(UNSAMPLED_PARENT);
        this.untraced = spanKeys.mark(Context.root().with(unsampled), unsampled);
    }

    /** The context to run an untraced request in: no SERVER span, and every span under it unsampled. */
    Context untraced() {
        return untraced;
    }

    /** Starts the request's SERVER span; the returned context holds it. */
    Context start(HttpServletRequest request) {
        Context parent = propagator.extract(Context.current(), request, RequestHeaders.GETTER);
        String method = request.getMethod();
        boolean knownMethod = method != null && KNOWN_METHODS.contains(method);
        String route = servletRoute(request);
        String name = knownMethod ? method : UNKNOWN_METHOD_SPAN_NAME;
        SpanBuilder builder = tracer.spanBuilder(route == null ? name : name + " " + route)
                .setSpanKind(SpanKind.SERVER)
                .setParent(parent)
                .setAttribute(TelemetryAttributes.HTTP_REQUEST_METHOD, knownMethod ? method : OTHER_METHOD)
                .setAttribute(TelemetryAttributes.URL_SCHEME, request.getScheme())
                .setAttribute(TelemetryAttributes.URL_PATH, request.getRequestURI());
        if (!knownMethod && method != null) {
            builder.setAttribute(TelemetryAttributes.HTTP_REQUEST_METHOD_ORIGINAL, method);
        }
        setIfPresent(builder, TelemetryAttributes.URL_QUERY, request.getQueryString());
        setIfPresent(builder, TelemetryAttributes.HTTP_ROUTE, route);
        setIfPresent(builder, TelemetryAttributes.USER_AGENT_ORIGINAL, request.getHeader("user-agent"));
        setIfPresent(builder, TelemetryAttributes.NETWORK_PROTOCOL_VERSION, protocolVersion(request.getProtocol()));
        String forwarded = request.getHeader("forwarded");
        HostAndPort server = serverHost(request, forwarded);
        if (server != null) {
            builder.setAttribute(TelemetryAttributes.SERVER_ADDRESS, server.host());
            if (server.port() > 0) {
                builder.setAttribute(TelemetryAttributes.SERVER_PORT, (long) server.port());
            }
        }
        HostAndPort client = HostAndPort.parse(clientAddress(request, forwarded));
        if (client != null) {
            builder.setAttribute(TelemetryAttributes.CLIENT_ADDRESS, client.host());
        }
        // By index: no iterator a request (docs/performance.md, sixth session).
        for (int i = 0; i < recordedHeaders.size(); i++) {
            RequestHeaderCapture.RecordedHeader header = recordedHeaders.get(i);
            setIfPresent(builder, header.attributeKey(), headerValues(request, header.name()));
        }
        Span span = builder.startSpan();
        return spanKeys.mark(parent.with(span), span);
    }

    /** Ends the SERVER span with the answer's status, or with the failure that left the request. */
    static void end(Span span, int status, Throwable failure) {
        if (span.isRecording()) {
            int answered = failure != null && status < 500 ? 500 : status;
            span.setAttribute(TelemetryAttributes.HTTP_RESPONSE_STATUS_CODE, (long) answered);
            if (answered >= 500) {
                span.setAttribute(TelemetryAttributes.ERROR_TYPE, failure == null ? Integer.toString(answered) : failure.getClass().getName());
                span.setStatus(StatusCode.ERROR);
            }
            if (failure != null) {
                span.recordException(failure);
            }
        }
        span.end();
    }

    /** Where the servlet container routed the request ({@code /api}), until JAX-RS matches a resource. */
    private static String servletRoute(HttpServletRequest request) {
        String contextPath = request.getContextPath();
        // The application runs at the root: the servlet's path as it is, no new string on every request.
        String route = contextPath.isEmpty() ? request.getServletPath() : contextPath + request.getServletPath();
        return route == null || route.isEmpty() ? null : route;
    }

    /** {@code HTTP/1.1} -> {@code 1.1}. */
    private static String protocolVersion(String protocol) {
        if (protocol == null) {
            return null;
        }
        int slash = protocol.indexOf('/');
        return slash < 0 || slash == protocol.length() - 1 ? null : protocol.substring(slash + 1);
    }

    private HostAndPort serverHost(HttpServletRequest request, String forwarded) {
        String forwardedHost = ForwardedHeader.value(forwarded, "host");
        if (forwardedHost != null) {
            return HostAndPort.parse(forwardedHost);
        }
        String xForwardedHost = request.getHeader("x-forwarded-host");
        if (xForwardedHost != null) {
            return HostAndPort.parse(ForwardedHeader.first(xForwardedHost));
        }
        String host = request.getHeader("host");
        if (host == null) {
            return null;
        }
        // Nearly every request names the same host: parse it once, not on every request.
        HostAndPort.Parsed last = lastHost;
        if (last == null || !last.text().equals(host)) {
            last = new HostAndPort.Parsed(host, HostAndPort.parse(host));
            lastHost = last;
        }
        return last.hostAndPort();
    }

    private static String clientAddress(HttpServletRequest request, String forwarded) {
        String forwardedFor = ForwardedHeader.value(forwarded, "for");
        if (forwardedFor != null) {
            return forwardedFor;
        }
        String xForwardedFor = request.getHeader("x-forwarded-for");
        return xForwardedFor == null ? null : ForwardedHeader.first(xForwardedFor);
    }

    /**
     * Every value the request gives the header, in order; {@code null} when it has none. An absent header is one
     * lookup: Liberty builds the list and the enumeration of {@code getHeaders} (0.4 us a read) only for a present one.
     */
    private static List<String> headerValues(HttpServletRequest request, String name) {
        String first = request.getHeader(name);
        if (first == null) {
            return null;
        }
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return List.of(first);
        }
        values.nextElement(); // first
        if (!values.hasMoreElements()) {
            return List.of(first);
        }
        List<String> all = new ArrayList<>();
        all.add(first);
        while (values.hasMoreElements()) {
            all.add(values.nextElement());
        }
        return List.copyOf(all);
    }

    private static <T> void setIfPresent(SpanBuilder builder, AttributeKey<T> key, T value) {
        if (value != null) {
            builder.setAttribute(key, value);
        }
    }

    /** The request's headers, as the propagator reads the caller's trace context from them. */
    private enum RequestHeaders implements TextMapGetter<HttpServletRequest> {
        GETTER;

        @Override
        public Iterable<String> keys(HttpServletRequest request) {
            return Collections.list(request.getHeaderNames());
        }

        @Override
        public String get(HttpServletRequest request, String key) {
            return request == null ? null : request.getHeader(key);
        }
    }
}
