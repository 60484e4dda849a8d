package org.example.observable.telemetry.http;

import static org.example.observable.telemetry.TelemetryAttributes.HTTP_REQUEST_METHOD;
import static org.example.observable.telemetry.TelemetryAttributes.HTTP_RESPONSE_STATUS_CODE;
import static org.example.observable.telemetry.TelemetryAttributes.HTTP_ROUTE;
import static org.example.observable.telemetry.TelemetryAttributes.URL_SCHEME;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.example.observable.telemetry.ObservedCount;
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

    /** Beyond this many schemes other than http and https (none in practice) requests are not counted. */
    private static final int MAX_OTHER_SCHEMES = 16;
    /** Counts the requests beyond that; in no map, so the instrument's callback never reports it. */
    private static final ObservedCount NOT_COUNTED = ObservedCount.reportedOnceUsed(Attributes.empty());

    private LongHistogram responseBodySize;
    private final ActiveRequestCounts activeRequests = new ActiveRequestCounts();
    /** Built once per distinct response: sorting and copying attributes on every request costs more than recording. */
    private final Map<ResponseKey, Attributes> responseAttributes = new ConcurrentHashMap<>();

    @PostConstruct
    void buildInstruments() {
        Meter meter = openTelemetry.getMeter(TelemetryNames.INSTRUMENTATION_SCOPE);
        responseBodySize = meter.histogramBuilder(TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE)
                .setDescription("Size of HTTP server response bodies.")
                .setUnit("By")
                .ofLongs()
                .setExplicitBucketBoundariesAdvice(BODY_SIZE_BUCKETS)
                .build();
        meter.upDownCounterBuilder(TelemetryNames.HTTP_SERVER_ACTIVE_REQUESTS)
                .setDescription("Number of active HTTP server requests.")
                .setUnit("{request}")
                .buildWithCallback(activeRequests::reportTo);
    }

    public static String normalizedMethod(String method) {
        return KNOWN_METHODS.contains(method) ? method : OTHER_METHOD;
    }

    /**
     * The {@code http.server.active_requests} counts themselves, for a filter to keep: the metric filters' calls through
     * this bean's CDI proxy on every request cost Weld's dispatch each time (0.9 us a read, docs/performance.md).
     */
    public ActiveRequestCounts activeRequestCounts() {
        return activeRequests;
    }

    /** {@code http.server.response.body.size}, for a filter to keep and record into (as {@link #activeRequestCounts}). */
    public LongHistogram responseBodySize() {
        return responseBodySize;
    }

    /**
     * The attributes of a response's {@code http.server.response.body.size} point, built once per distinct response.
     * @param route the route template, or {@code null} when no resource matched (the attribute is then absent).
     */
    public Attributes responseAttributes(String method, String scheme, String route, int statusCode) {
        var key = new ResponseKey(normalizedMethod(method), scheme, route, statusCode);
        Attributes attributes = responseAttributes.get(key);
        if (attributes == null) {
            attributes = key.attributes();
            if (responseAttributes.size() < MAX_CACHED_RESPONSE_ATTRIBUTES) {
                responseAttributes.put(key, attributes);
            }
        }
        return attributes;
    }

    /** {@code http.server.active_requests}: one count per method and scheme, a plain object (no CDI proxy). */
    public static final class ActiveRequestCounts {
        private final Map<String, ObservedCount> http = new HashMap<>();
        private final Map<String, ObservedCount> https = new HashMap<>();
        private final Map<Attributes, ObservedCount> otherSchemes = new ConcurrentHashMap<>();

        ActiveRequestCounts() {
            for (String method : KNOWN_METHODS) {
                http.put(method, count(method, "http"));
                https.put(method, count(method, "https"));
            }
            http.put(OTHER_METHOD, count(OTHER_METHOD, "http"));
            https.put(OTHER_METHOD, count(OTHER_METHOD, "https"));
        }

        /** A point of its own once a request of this method and scheme has been counted, as a synchronous counter's. */
        private static ObservedCount count(String method, String scheme) {
            return ObservedCount.reportedOnceUsed(Attributes.of(HTTP_REQUEST_METHOD, method, URL_SCHEME, scheme));
        }

        /**
         * The count of a request's method and scheme: incremented when it starts, decremented when it ends (the same
         * object for both), read when the metrics are collected.
         */
        public ObservedCount of(String method, String scheme) {
            Map<String, ObservedCount> byMethod = "https".equals(scheme) ? https : "http".equals(scheme) ? http : null;
            if (byMethod != null) {
                return byMethod.get(normalizedMethod(method));
            }
            var attributes = Attributes.of(HTTP_REQUEST_METHOD, normalizedMethod(method), URL_SCHEME, scheme);
            ObservedCount count = otherSchemes.get(attributes);
            if (count == null && otherSchemes.size() < MAX_OTHER_SCHEMES) {
                count = otherSchemes.computeIfAbsent(attributes, ObservedCount::reportedOnceUsed);
            }
            return count != null ? count : NOT_COUNTED;
        }

        void reportTo(ObservableLongMeasurement measurement) {
            http.values().forEach(count -> count.reportTo(measurement));
            https.values().forEach(count -> count.reportTo(measurement));
            otherSchemes.values().forEach(count -> count.reportTo(measurement));
        }
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
