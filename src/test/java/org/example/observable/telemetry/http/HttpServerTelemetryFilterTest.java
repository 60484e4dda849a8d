package org.example.observable.telemetry.http;

import static org.example.observable.telemetry.http.ServletExchanges.request;
import static org.example.observable.telemetry.http.ServletExchanges.response;
import static org.example.observable.telemetry.http.ServletExchanges.untouchableRequest;
import static org.example.observable.telemetry.http.ServletExchanges.untouchableResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.smallrye.config.PropertiesConfigSource;
import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.example.observable.telemetry.TelemetryNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one servlet filter of the HTTP server telemetry: a request is counted in http.server.active_requests while it
 * runs and is one SERVER span (excluded URLs are counted, not traced); with the SDK off the filter is out of the way.
 */
class HttpServerTelemetryFilterTest {

    private static final Attributes GET_HTTP = Attributes.of(AttributeKey.stringKey("http.request.method"), "GET",
            AttributeKey.stringKey("url.scheme"), "http");

    private final ClassLoader loader = Thread.currentThread().getContextClassLoader();
    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final SdkMeterProvider meterProvider = SdkMeterProvider.builder().registerMetricReader(reader).build();
    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider =
            SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final HttpServerTelemetryFilter filter = new HttpServerTelemetryFilter();

    @AfterEach
    void forgetConfigurationAndProviders() {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(loader));
        meterProvider.close();
        tracerProvider.close();
    }

    @Test
    void withTheSdkOnARequestIsActiveAndHasItsServerSpanWhileTheChainRuns() throws Exception {
        initWithTheSdk();
        Map<String, String> responseHeaders = new HashMap<>();
        List<Long> activeDuringTheChain = new ArrayList<>();
        List<Span> currentDuringTheChain = new ArrayList<>();

        filter.doFilter(request("GET", "/api/posts/42", null, Map.of("User-Agent", "probe/1.0")), response(responseHeaders, 200),
                (request, response) -> {
                    activeDuringTheChain.add(activeGetRequests());
                    currentDuringTheChain.add(Span.current());
                });

        assertEquals(List.of(1L), activeDuringTheChain);
        assertEquals(0L, activeGetRequests(), "counted back when the request ends");
        SpanData span = onlySpan();
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals(span.getSpanId(), currentDuringTheChain.get(0).getSpanContext().getSpanId(), "the chain runs in the span");
        assertEquals(List.of("probe/1.0"), span.getAttributes().get(AttributeKey.stringArrayKey("http.request.header.user-agent")));
        assertEquals(200L, span.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals(Map.of(HttpServerTelemetryFilter.TRACE_RESPONSE_HEADER, span.getTraceId() + ":" + span.getSpanId()), responseHeaders);
    }

    @Test
    void anExcludedUrlIsCountedButNotTraced() throws Exception {
        initWithTheSdk();
        List<Long> activeDuringTheChain = new ArrayList<>();
        List<Boolean> sampledDuringTheChain = new ArrayList<>();

        filter.doFilter(request("GET", "/health/ready", null, Map.of()), response(new HashMap<>(), 200), (request, response) -> {
            activeDuringTheChain.add(activeGetRequests());
            sampledDuringTheChain.add(Span.current().getSpanContext().isSampled());
        });

        assertEquals(List.of(1L), activeDuringTheChain);
        assertEquals(List.of(false), sampledDuringTheChain);
        assertEquals(0L, activeGetRequests());
        assertEquals(List.of(), exporter.getFinishedSpanItems());
    }

    @Test
    void aFailureLeavingTheChainEndsTheCountAndTheSpanAsA500() throws Exception {
        initWithTheSdk();

        assertThrows(IllegalStateException.class, () -> filter.doFilter(request("GET", "/api/posts", null, Map.of()),
                response(new HashMap<>(), 200), (request, response) -> {
                    throw new IllegalStateException("boom");
                }));

        assertEquals(0L, activeGetRequests());
        assertEquals(500L, onlySpan().getAttributes().get(AttributeKey.longKey("http.response.status_code")));
    }

    @Test
    void withTheSdkOffTheRequestIsPassedOnUntouched() throws Exception {
        configure("true");
        filter.excludedUrlsSetting = HttpServerTelemetryFilter.DEFAULT_EXCLUDED_URLS;
        filter.init(); // no metrics or OpenTelemetry injected: using them would fail

        boolean[] passedOn = {false};
        FilterChain chain = (request, response) -> passedOn[0] = true;
        filter.doFilter(untouchableRequest(), untouchableResponse(), chain);

        assertTrue(passedOn[0], "the request reaches the chain");
    }

    private void initWithTheSdk() {
        configure("false");
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setMeterProvider(meterProvider).setTracerProvider(tracerProvider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
        var metrics = new HttpServerMetrics();
        metrics.openTelemetry = sdk;
        metrics.buildInstruments();
        filter.metrics = metrics;
        filter.openTelemetry = sdk;
        filter.excludedUrlsSetting = HttpServerTelemetryFilter.DEFAULT_EXCLUDED_URLS;
        filter.requestHeadersSetting = HttpServerTelemetryFilter.DEFAULT_REQUEST_HEADERS;
        filter.init();
    }

    private long activeGetRequests() {
        return reader.collectAllMetrics().stream()
                .filter(m -> m.getName().equals(TelemetryNames.HTTP_SERVER_ACTIVE_REQUESTS))
                .flatMap(m -> m.getLongSumData().getPoints().stream())
                .filter(p -> p.getAttributes().equals(GET_HTTP))
                .mapToLong(LongPointData::getValue).findFirst().orElse(-1);
    }

    private SpanData onlySpan() {
        List<SpanData> ended = exporter.getFinishedSpanItems();
        assertEquals(1, ended.size(), "spans: " + ended);
        return ended.get(0);
    }

    private void configure(String sdkDisabled) {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(loader));
        resolver.registerConfig(resolver.getBuilder().withSources(
                new PropertiesConfigSource(Map.of("otel.sdk.disabled", sdkDisabled), "test", 500)).build(), loader);
    }
}
