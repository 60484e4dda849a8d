package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ShippedConfiguration;
import org.junit.jupiter.api.Test;

/** The metrics Liberty's runtime-level SDK exports for us, as docs/telemetry.md lists them. */
class RuntimeMetricsIT {

    /** Liberty's HTTP server metric (docs/telemetry.md), not one of our names. */
    private static final String HTTP_SERVER_REQUEST_DURATION = "http.server.request.duration";

    private static final String POOL = "jdbc/appDb";
    private static final int READS = 20;

    private final OtlpReceiver receiver = OtlpReceiver.shared();

    @Test
    void requestDurationIsAHistogramInSecondsByRouteTemplate() {
        ApiUser user = ApiUser.register();
        long postId = user.createPost("Timed", "content");
        user.request().get("/api/posts/" + postId).then().statusCode(200);

        HistogramDataPoint point = receiver.awaitPoint("http.server.request.duration of GET /api/posts/{id}",
                HTTP_SERVER_REQUEST_DURATION, p -> p.attribute("http.route").filter(r -> r.startsWith("/api/posts/{")).isPresent()
                        && p.has(Map.of("http.request.method", "GET"))).histogram();

        assertEquals("s", receiver.awaitMetric(HTTP_SERVER_REQUEST_DURATION).getUnit(), "unit");
        assertEquals("/api/posts/{id}", OtlpReceiver.attribute(point.getAttributesList(), "http.route").orElseThrow(),
                "http.route, exactly the template");
        assertEquals("200", OtlpReceiver.attribute(point.getAttributesList(), "http.response.status_code").orElseThrow(),
                "http.response.status_code");
        assertTrue(point.getCount() > 0, "at least one request counted");
    }

    @Test
    void jvmMemoryIsReportedInBytesByPool() {
        Metric memory = receiver.awaitMetric("jvm.memory.used");
        assertEquals("By", memory.getUnit(), "unit");
        List<NumberDataPoint> points = memory.getSum().getDataPointsList();
        assertTrue(points.stream().anyMatch(p -> OtlpReceiver.attribute(p.getAttributesList(), "jvm.memory.pool.name").isPresent()),
                "points carry jvm.memory.pool.name");
        assertTrue(points.stream().allMatch(p -> p.getAsInt() >= 0), "non-negative bytes");
    }

    /**
     * The pool of jdbc/appDb is measured where the persistence unit takes its connections (telemetry.db), with the
     * semantic conventions' names; Liberty's own pool metrics are off (their adapter's cost, docs/performance.md).
     */
    @Test
    void theApplicationConnectionPoolIsReportedWithTheSemanticConventionsNames() {
        ApiUser user = ApiUser.register();
        long postId = user.createPost("Pooled", "content");
        long usesBefore = latestUseTimeCount();
        for (int i = 0; i < READS; i++) {
            user.request().get("/api/posts/" + postId).then().statusCode(200);
        }
        // Each read takes one connection and gives it back; the background jobs take their own on top.
        HistogramDataPoint useTime = OtlpReceiver.await("db.client.connection.use_time counting the " + READS + " reads",
                () -> latestPoint(TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME)
                        .filter(p -> p.histogram().getCount() >= usesBefore + READS).map(OtlpReceiver.MetricPoint::histogram));
        assertEquals(Map.of(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME, POOL), attributes(useTime.getAttributesList()));
        assertEquals("s", receiver.awaitMetric(TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME).getUnit());

        HistogramDataPoint waitTime = latestPoint(TelemetryNames.DB_CLIENT_CONNECTION_WAIT_TIME).orElseThrow().histogram();
        assertEquals(Map.of(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME, POOL), attributes(waitTime.getAttributesList()));
        assertTrue(waitTime.getCount() >= usesBefore + READS, "a wait recorded for every connection taken");

        assertEquals(ShippedConfiguration.ofThisBuild().serverXmlInt("db.pool.max"),
                number(TelemetryNames.DB_CLIENT_CONNECTION_MAX, Map.of(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME, POOL)),
                "db.client.connection.max: the maxPoolSize of server.xml");
        long used = number(TelemetryNames.DB_CLIENT_CONNECTION_COUNT,
                Map.of(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME, POOL, TelemetryNames.DB_CLIENT_CONNECTION_STATE, "used"));
        assertTrue(used >= 0 && used <= ShippedConfiguration.ofThisBuild().serverXmlInt("db.pool.max"), "used " + used);
        number(TelemetryNames.DB_CLIENT_CONNECTION_PENDING_REQUESTS, Map.of(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME, POOL));
        number(TelemetryNames.DB_CLIENT_CONNECTION_TIMEOUTS, Map.of(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME, POOL));

        assertEquals(List.of(), receiver.points().stream().map(p -> p.metric().getName())
                .filter(name -> name.startsWith("io.openliberty.connection_pool.")).distinct().toList(),
                "Liberty's ConnectionPool monitor is off (server.xml monitor.filter)");
    }

    private long latestUseTimeCount() {
        return latestPoint(TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME).map(p -> p.histogram().getCount()).orElse(0L);
    }

    /** The newest point of a metric of our scope for jdbc/appDb: the points are cumulative. */
    private Optional<OtlpReceiver.MetricPoint> latestPoint(String metric) {
        List<OtlpReceiver.MetricPoint> points = receiver.points(metric).stream()
                .filter(p -> p.scope().equals(TelemetryNames.INSTRUMENTATION_SCOPE))
                .filter(p -> p.has(Map.of(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME, POOL)))
                .toList();
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    /** The newest value of a sum or gauge point with exactly these attributes, waiting (bounded) for its first export. */
    private long number(String metric, Map<String, String> exactAttributes) {
        return OtlpReceiver.await(metric + " " + exactAttributes, () -> {
            List<OtlpReceiver.MetricPoint> points = receiver.points(metric).stream()
                    .filter(p -> p.number() != null && attributes(p.attributes()).equals(exactAttributes)).toList();
            return points.isEmpty() ? Optional.empty()
                    : Optional.of(points.get(points.size() - 1).number().getAsInt());
        });
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        return attributes.stream().collect(Collectors.toMap(
                KeyValue::getKey, kv -> OtlpReceiver.asString(kv.getValue())));
    }
}
