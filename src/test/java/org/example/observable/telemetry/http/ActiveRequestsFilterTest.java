package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.smallrye.config.PropertiesConfigSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.example.observable.telemetry.TelemetryNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The servlet filter behind http.server.active_requests: counting with the SDK on, out of the way with it off. */
class ActiveRequestsFilterTest {

    private static final Attributes GET_HTTP = Attributes.of(AttributeKey.stringKey("http.request.method"), "GET",
            AttributeKey.stringKey("url.scheme"), "http");

    private final ClassLoader loader = Thread.currentThread().getContextClassLoader();
    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final SdkMeterProvider meterProvider = SdkMeterProvider.builder().registerMetricReader(reader).build();
    private final ActiveRequestsFilter filter = new ActiveRequestsFilter();

    @AfterEach
    void forgetConfigurationAndMeters() {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(loader));
        meterProvider.close();
    }

    @Test
    void withTheSdkOnARequestIsActiveWhileTheChainRuns() throws Exception {
        configure("false");
        var metrics = new HttpServerMetrics();
        metrics.openTelemetry = OpenTelemetrySdk.builder().setMeterProvider(meterProvider).build();
        metrics.buildInstruments();
        filter.metrics = metrics;
        filter.init();

        List<Long> activeDuringTheChain = new ArrayList<>();
        filter.doFilter(request(Map.of("getMethod", "GET", "getScheme", "http", "isAsyncStarted", false)), response(),
                (request, response) -> activeDuringTheChain.add(activeGetRequests()));

        assertEquals(List.of(1L), activeDuringTheChain);
        assertEquals(0L, activeGetRequests(), "counted back when the request ends");
    }

    @Test
    void withTheSdkOffTheRequestIsPassedOnUntouched() throws Exception {
        configure("true");
        filter.init(); // no metrics injected: using them would fail

        boolean[] passedOn = {false};
        FilterChain chain = (request, response) -> passedOn[0] = true;
        filter.doFilter(request(Map.of()), response(), chain);

        assertTrue(passedOn[0], "the request reaches the chain");
    }

    private long activeGetRequests() {
        return reader.collectAllMetrics().stream()
                .filter(m -> m.getName().equals(TelemetryNames.HTTP_SERVER_ACTIVE_REQUESTS))
                .flatMap(m -> m.getLongSumData().getPoints().stream())
                .filter(p -> p.getAttributes().equals(GET_HTTP))
                .mapToLong(LongPointData::getValue).findFirst().orElse(-1);
    }

    /** A request that answers only the methods given; any other call fails the test. */
    private static HttpServletRequest request(Map<String, Object> answers) {
        return (HttpServletRequest) Proxy.newProxyInstance(ActiveRequestsFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (!answers.containsKey(method.getName())) {
                        throw new AssertionError("the filter asked the request for " + method.getName());
                    }
                    return answers.get(method.getName());
                });
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(ActiveRequestsFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    throw new AssertionError("the filter touched the response: " + method.getName());
                });
    }

    private void configure(String sdkDisabled) {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(loader));
        resolver.registerConfig(resolver.getBuilder().withSources(
                new PropertiesConfigSource(Map.of("otel.sdk.disabled", sdkDisabled), "test", 500)).build(), loader);
    }
}
