package org.example.observable.telemetry.http;

import static org.example.observable.telemetry.http.ServletExchanges.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.instrumentation.api.instrumenter.Instrumenter;
import io.opentelemetry.instrumentation.api.internal.SpanKey;
import io.opentelemetry.instrumentation.api.semconv.http.HttpServerAttributesExtractor;
import io.opentelemetry.instrumentation.api.semconv.http.HttpServerAttributesGetter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SERVER span of a request, attribute for attribute as docs/telemetry.md promises, and the marks that keep the
 * OpenTelemetry instrumentation API's instrumenters (Liberty's JAX-RS and servlet filters) from starting another one.
 */
class ServerSpansTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider =
            SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final InstrumentationApiSpanKeys keys =
            InstrumentationApiSpanKeys.in(getClass().getClassLoader()).orElseThrow();
    private final ServerSpans spans = new ServerSpans(tracerProvider.get("test"), W3CTraceContextPropagator.getInstance(), keys,
            RequestHeaderCapture.allowing(HttpServerTelemetryFilter.DEFAULT_REQUEST_HEADERS));

    @AfterEach
    void closeProvider() {
        tracerProvider.close();
    }

    @Test
    void aReadIsOneServerSpanInTheCallersTraceWithTheAttributesOfTheSemanticConventions() {
        Context context = spans.start(request("GET", "/api/posts/42", null, Map.of(
                "Host", "127.0.0.1:9080",
                "User-Agent", "probe/1.0",
                "X-Forwarded-For", "203.0.113.9, 10.0.0.1",
                "traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")));
        ServerSpans.end(Span.fromContext(context), 200, null);

        SpanData span = onlySpan();
        assertEquals("GET /api", span.getName(), "named after the servlet's path until JAX-RS knows the route");
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals(TRACE_ID, span.getTraceId());
        assertEquals(CALLER_SPAN_ID, span.getParentSpanId());
        assertEquals(Attributes.builder()
                .put(AttributeKey.stringKey("http.request.method"), "GET")
                .put(AttributeKey.stringKey("url.scheme"), "http")
                .put(AttributeKey.stringKey("url.path"), "/api/posts/42")
                .put(AttributeKey.stringKey("http.route"), "/api")
                .put(AttributeKey.stringKey("user_agent.original"), "probe/1.0")
                .put(AttributeKey.stringArrayKey("http.request.header.user-agent"), List.of("probe/1.0"))
                .put(AttributeKey.stringKey("network.protocol.version"), "1.1")
                .put(AttributeKey.stringKey("server.address"), "127.0.0.1")
                .put(AttributeKey.longKey("server.port"), 9080L)
                .put(AttributeKey.stringKey("client.address"), "203.0.113.9")
                .put(AttributeKey.longKey("http.response.status_code"), 200L)
                .build().asMap(), span.getAttributes().asMap());
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    }

    @Test
    void theQueryAndTheForwardedHeaderAreRecordedAsTheProxyWroteThem() {
        Context context = spans.start(request("GET", "/api/posts", "limit=10", Map.of(
                "Host", "10.0.0.5:9080",
                "Forwarded", "for=\"[2001:db8::1]:4711\";proto=https;host=example.com:8443, for=10.0.0.1")));
        ServerSpans.end(Span.fromContext(context), 200, null);

        Attributes attributes = onlySpan().getAttributes();
        assertEquals("limit=10", attributes.get(AttributeKey.stringKey("url.query")));
        assertEquals("2001:db8::1", attributes.get(AttributeKey.stringKey("client.address")));
        assertEquals("example.com", attributes.get(AttributeKey.stringKey("server.address")));
        assertEquals(8443L, attributes.get(AttributeKey.longKey("server.port")));
    }

    @Test
    void theAllowlistedHeadersAreOnTheSpanBeforeTheSamplerDecidesEveryValueAndNeverACredential() {
        List<Attributes> seenBySampler = new ArrayList<>();
        SdkTracerProvider sampling = SdkTracerProvider.builder()
                .setSampler(new RecordingSampler(seenBySampler))
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
        ServerSpans allowingCredentials = new ServerSpans(sampling.get("test"), W3CTraceContextPropagator.getInstance(), keys,
                RequestHeaderCapture.allowing("Accept, X-Request-ID, Authorization, Cookie"));

        Context context = allowingCredentials.start(request("GET", "/api/unknown", null, Map.of(
                "Accept", List.of("application/json", "text/plain"),
                "X-Request-ID", List.of("r-1"),
                "Authorization", List.of("Bearer secret-token"),
                "Cookie", List.of("session=secret"))));
        ServerSpans.end(Span.fromContext(context), 404, null);

        Attributes expected = Attributes.builder()
                .put(AttributeKey.stringArrayKey("http.request.header.accept"), List.of("application/json", "text/plain"))
                .put(AttributeKey.stringArrayKey("http.request.header.x-request-id"), List.of("r-1"))
                .build();
        assertEquals(expected.asMap(), headerAttributes(onlySpan().getAttributes()), "every value of an allowed header, in order");
        assertEquals(expected.asMap(), headerAttributes(seenBySampler.get(0)), "the sampler sees them");
        sampling.close();
    }

    @Test
    void eachRequestNamesTheHostItsOwnHostHeaderNames() {
        for (String host : List.of("127.0.0.1:9080", "127.0.0.1:9080", "[::1]:9443", "api.example.com")) {
            ServerSpans.end(Span.fromContext(spans.start(request("GET", "/api/posts", null, Map.of("Host", host)))), 200, null);
        }

        List<String> servers = exporter.getFinishedSpanItems().stream()
                .map(span -> span.getAttributes().get(AttributeKey.stringKey("server.address")) + " "
                        + span.getAttributes().get(AttributeKey.longKey("server.port")))
                .toList();
        assertEquals(List.of("127.0.0.1 9080", "127.0.0.1 9080", "::1 9443", "api.example.com null"), servers);
    }

    @Test
    void aMethodOutsideTheNineIsOtherAndKeepsItsOwnName() {
        Context context = spans.start(request("PROPFIND", "/api/posts", null, Map.of("Host", "localhost")));
        ServerSpans.end(Span.fromContext(context), 405, null);

        SpanData span = onlySpan();
        assertEquals("HTTP /api", span.getName());
        assertEquals("_OTHER", span.getAttributes().get(AttributeKey.stringKey("http.request.method")));
        assertEquals("PROPFIND", span.getAttributes().get(AttributeKey.stringKey("http.request.method_original")));
        assertEquals("localhost", span.getAttributes().get(AttributeKey.stringKey("server.address")));
        assertEquals(null, span.getAttributes().get(AttributeKey.longKey("server.port")), "no port written, none recorded");
    }

    @Test
    void a5xxAnswerIsAnErrorNamedByItsStatusAndA4xxIsNot() {
        ServerSpans.end(Span.fromContext(spans.start(request("GET", "/api/external/broken", null, Map.of()))), 502, null);
        ServerSpans.end(Span.fromContext(spans.start(request("GET", "/api/posts/7", null, Map.of()))), 404, null);

        List<SpanData> ended = exporter.getFinishedSpanItems();
        assertEquals(StatusCode.ERROR, ended.get(0).getStatus().getStatusCode());
        assertEquals("502", ended.get(0).getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals(StatusCode.UNSET, ended.get(1).getStatus().getStatusCode());
        assertEquals(null, ended.get(1).getAttributes().get(AttributeKey.stringKey("error.type")));
    }

    @Test
    void anExceptionThatLeavesTheRequestIsA500NamedByItsClassAndRecorded() {
        Context context = spans.start(request("POST", "/api/posts", null, Map.of()));
        ServerSpans.end(Span.fromContext(context), 200, new IllegalStateException("boom"));

        SpanData span = onlySpan();
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertEquals(500L, span.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals("java.lang.IllegalStateException", span.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals(List.of("exception"), span.getEvents().stream().map(e -> e.getName()).toList());
    }

    @Test
    void theContextCarriesTheSpanUnderTheInstrumentationApisServerKeys() {
        Context context = spans.start(request("GET", "/api/posts/1", null, Map.of()));
        Span span = Span.fromContext(context);

        assertSame(span, SpanKey.KIND_SERVER.fromContextOrNull(context));
        assertSame(span, SpanKey.HTTP_SERVER.fromContextOrNull(context));
        ServerSpans.end(span, 200, null);
    }

    @Test
    void anHttpServerInstrumenterStartsNoSecondServerSpanUnderIt() {
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
        Instrumenter<Object, Object> libertysKind = Instrumenter.builder(sdk, "liberty-like", (Object r) -> "GET")
                .addAttributesExtractor(HttpServerAttributesExtractor.create(new NothingToGet()))
                .buildServerInstrumenter(new NoHeaders());
        Context context = spans.start(request("GET", "/api/posts/1", null, Map.of()));

        assertTrue(libertysKind.shouldStart(Context.root(), new Object()), "without the marks it would start one");
        assertFalse(libertysKind.shouldStart(context, new Object()), "under the request's span it starts none");
        assertFalse(libertysKind.shouldStart(spans.untraced(), new Object()), "nor under an untraced request");
        ServerSpans.end(Span.fromContext(context), 200, null);
    }

    @Test
    void anUntracedRequestHasNoSpanAndWhatRunsUnderItIsNotSampled() {
        Span child = tracerProvider.get("test").spanBuilder("child").setParent(spans.untraced()).startSpan();
        child.end();

        assertFalse(child.getSpanContext().isSampled());
        assertEquals(List.of(), exporter.getFinishedSpanItems());
    }

    @Test
    void anInstrumentationApiWithoutTheKeysIsNotMarked() {
        ClassLoader withoutTheApi = new ClassLoader(null) {
        };
        assertEquals(Optional.empty(), InstrumentationApiSpanKeys.in(withoutTheApi));
    }

    private SpanData onlySpan() {
        List<SpanData> ended = exporter.getFinishedSpanItems();
        assertEquals(1, ended.size(), "spans: " + ended);
        return ended.get(0);
    }

    private static Map<AttributeKey<?>, Object> headerAttributes(Attributes attributes) {
        Map<AttributeKey<?>, Object> headers = new HashMap<>(attributes.asMap());
        headers.keySet().removeIf(key -> !key.getKey().startsWith("http.request.header."));
        return headers;
    }

    /** Samples everything and keeps the attributes each span started with. */
    private record RecordingSampler(List<Attributes> seen) implements Sampler {
        @Override
        public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                Attributes attributes, List<LinkData> parentLinks) {
            seen.add(attributes);
            return SamplingResult.recordAndSample();
        }

        @Override
        public String getDescription() {
            return "recording";
        }
    }

    /** A request without headers, for the instrumenter's propagator. */
    private static final class NoHeaders implements TextMapGetter<Object> {
        @Override
        public Iterable<String> keys(Object carrier) {
            return List.of();
        }

        @Override
        public String get(Object carrier, String key) {
            return null;
        }
    }

    /** An HTTP server attributes getter with nothing to get: only the instrumenter's span keys matter here. */
    private static final class NothingToGet implements HttpServerAttributesGetter<Object, Object> {
        @Override
        public String getHttpRequestMethod(Object request) {
            return "GET";
        }

        @Override
        public List<String> getHttpRequestHeader(Object request, String name) {
            return List.of();
        }

        @Override
        public Integer getHttpResponseStatusCode(Object request, Object response, Throwable error) {
            return 200;
        }

        @Override
        public List<String> getHttpResponseHeader(Object request, Object response, String name) {
            return List.of();
        }

        @Override
        public String getUrlScheme(Object request) {
            return "http";
        }

        @Override
        public String getUrlPath(Object request) {
            return "/";
        }

        @Override
        public String getUrlQuery(Object request) {
            return null;
        }
    }
}
