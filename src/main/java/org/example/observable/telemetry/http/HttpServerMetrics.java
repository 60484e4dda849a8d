package org.example.observable.telemetry.http;

import static org.example.observable.telemetry.TelemetryAttributes.HTTP_REQUEST_METHOD;
import static org.example.observable.telemetry.TelemetryAttributes.HTTP_RESPONSE_STATUS_CODE;
import static org.example.observable.telemetry.TelemetryAttributes.HTTP_ROUTE;
import static org.example.observable.telemetry.TelemetryAttributes.URL_SCHEME;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.example.observable.telemetry.TelemetryNames;

/** The HTTP server instruments Liberty does not provide, built once; attribute sets are cached where bounded. */
@ApplicationScoped
public class HttpServerMetrics {

    /** Semantic conventions: any other method is reported as {@code _OTHER}, keeping cardinality bounded. */
    static final Set<String> KNOWN_METHODS =
            Set.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE");
    static final String OTHER_METHOD = "_OTHER";

    /** Routes x methods x status codes actually seen stay far below this; it only guards against surprises. */
    private static final int MAX_CACHED_RESPONSE_ATTRIBUTES = 1_000;

    private static final List<Long> BODY_SIZE_BUCKETS =
            List.of(0L, 128L, 512L, 1_024L, 4_096L, 16_384L, 65_536L, 262_144L, 1_048_576L, 4_194_304L);

    @Inject
    OpenTelemetry openTelemetry;

    private LongUpDownCounter activeRequests;
    private LongHistogram responseBodySize;
    private final Map<String, Attributes> httpActiveRequestAttributes = new HashMap<>();
    private final Map<String, Attributes> httpsActiveRequestAttributes = new HashMap<>();
    /** Built once per distinct response: sorting and copying attributes on every request costs more than recording. */
    private final Map<ResponseKey, Attributes> responseAttributes = new ConcurrentHashMap<>();

    @PostConstruct
    void buildInstruments() {
        Meter meter = openTelemetry.getMeter(TelemetryNames.INSTRUMENTATION_SCOPE);
        activeRequests = meter.upDownCounterBuilder(TelemetryNames.HTTP_SERVER_ACTIVE_REQUESTS)
                .setDescription("Number of active HTTP server requests.")
                .setUnit("{request}")
                .build();
        responseBodySize = meter.histogramBuilder(TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE)
                .setDescription("Size of HTTP server response bodies.")
                .setUnit("By")
                .ofLongs()
                .setExplicitBucketBoundariesAdvice(BODY_SIZE_BUCKETS)
                .build();
        for (String method : KNOWN_METHODS) {
            httpActiveRequestAttributes.put(method, Attributes.of(HTTP_REQUEST_METHOD, method, URL_SCHEME, "http"));
            httpsActiveRequestAttributes.put(method, Attributes.of(HTTP_REQUEST_METHOD, method, URL_SCHEME, "https"));
        }
        httpActiveRequestAttributes.put(OTHER_METHOD, Attributes.of(HTTP_REQUEST_METHOD, OTHER_METHOD, URL_SCHEME, "http"));
        httpsActiveRequestAttributes.put(OTHER_METHOD, Attributes.of(HTTP_REQUEST_METHOD, OTHER_METHOD, URL_SCHEME, "https"));
    }

    public static String normalizedMethod(String method) {
        return KNOWN_METHODS.contains(method) ? method : OTHER_METHOD;
    }

    /** Attributes of {@code http.server.active_requests}: the same object for the start and the end of a request. */
    public Attributes activeRequestAttributes(String method, String scheme) {
        Map<String, Attributes> byMethod = "https".equals(scheme) ? httpsActiveRequestAttributes
                : "http".equals(scheme) ? httpActiveRequestAttributes : null;
        return byMethod != null ? byMethod.get(normalizedMethod(method))
                : Attributes.of(HTTP_REQUEST_METHOD, normalizedMethod(method), URL_SCHEME, scheme);
    }

    public void requestStarted(Attributes attributes) {
        activeRequests.add(1, attributes);
    }

    public void requestEnded(Attributes attributes) {
        activeRequests.add(-1, attributes);
    }

    /** @param route the route template, or {@code null} when no resource matched (the attribute is then absent). */
    public void responseBodyWritten(long bytes, String method, String scheme, String route, int statusCode) {
        var key = new ResponseKey(normalizedMethod(method), scheme, route, statusCode);
        Attributes attributes = responseAttributes.get(key);
        if (attributes == null) {
            attributes = key.attributes();
            if (responseAttributes.size() < MAX_CACHED_RESPONSE_ATTRIBUTES) {
                responseAttributes.put(key, attributes);
            }
        }
        responseBodySize.record(bytes, attributes);
    }

    /** What a response's metric attributes are made of: a few routes, methods and status codes, so few sets. */
    private record ResponseKey(String method, String scheme, String route, int statusCode) {
        Attributes attributes() {
            var builder = Attributes.builder().put(HTTP_REQUEST_METHOD, method).put(URL_SCHEME, scheme).put(HTTP_RESPONSE_STATUS_CODE, (long) statusCode);
            if (route != null) {
                builder.put(HTTP_ROUTE, route);
            }
            return builder.build();
        }
    }
}
