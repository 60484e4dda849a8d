package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.observable.telemetry.ObservedCount;
import org.example.observable.telemetry.TelemetryNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** http.server.active_requests, exactly: one point per method and scheme seen, its value the requests in flight. */
class HttpServerMetricsTest {

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final SdkMeterProvider meterProvider = SdkMeterProvider.builder().registerMetricReader(reader).build();
    private final HttpServerMetrics metrics = new HttpServerMetrics();

    HttpServerMetricsTest() {
        metrics.openTelemetry = OpenTelemetrySdk.builder().setMeterProvider(meterProvider).build();
        metrics.buildInstruments();
    }

    @AfterEach
    void closeProvider() {
        meterProvider.close();
    }

    @Test
    void aRequestIsActiveFromItsStartToItsEnd() {
        ObservedCount get = metrics.activeRequestCounts().of("GET", "http");
        get.increment();
        get.increment();
        metrics.activeRequestCounts().of("POST", "https").increment();
        assertEquals(Map.of(of("GET", "http"), 2L, of("POST", "https"), 1L), activeRequests());

        get.decrement();
        get.decrement();
        metrics.activeRequestCounts().of("POST", "https").decrement();
        assertEquals(Map.of(of("GET", "http"), 0L, of("POST", "https"), 0L), activeRequests(),
                "a method and scheme once seen stays reported, at zero");
    }

    @Test
    void nothingIsReportedBeforeTheFirstRequest() {
        assertFalse(reader.collectAllMetrics().stream()
                .anyMatch(m -> m.getName().equals(TelemetryNames.HTTP_SERVER_ACTIVE_REQUESTS)));
    }

    @Test
    void anUnknownMethodIsOtherAndAnUnusualSchemeIsItsOwnPoint() {
        assertSame(metrics.activeRequestCounts().of("GET", "http"), metrics.activeRequestCounts().of("GET", "http"),
                "the same count for the start and the end of a request");
        metrics.activeRequestCounts().of("BREW", "http").increment();
        metrics.activeRequestCounts().of("GET", "ws").increment();
        assertEquals(Map.of(of("_OTHER", "http"), 1L, of("GET", "ws"), 1L), activeRequests());
    }

    private static Attributes of(String method, String scheme) {
        return Attributes.of(AttributeKey.stringKey("http.request.method"), method,
                AttributeKey.stringKey("url.scheme"), scheme);
    }

    private Map<Attributes, Long> activeRequests() {
        MetricData data = reader.collectAllMetrics().stream()
                .filter(m -> m.getName().equals(TelemetryNames.HTTP_SERVER_ACTIVE_REQUESTS))
                .findFirst().orElseThrow(() -> new AssertionError("http.server.active_requests not reported"));
        assertFalse(data.getLongSumData().isMonotonic(), "an up-down counter");
        assertEquals("{request}", data.getUnit());
        return data.getLongSumData().getPoints().stream()
                .collect(Collectors.toMap(LongPointData::getAttributes, LongPointData::getValue));
    }
}
