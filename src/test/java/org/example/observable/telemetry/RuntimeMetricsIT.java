package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.util.List;
import java.util.Map;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.junit.jupiter.api.Test;

/** The metrics Liberty's runtime-level SDK exports for us, as docs/telemetry.md lists them. */
class RuntimeMetricsIT {

    /** Liberty's HTTP server metric (docs/telemetry.md), not one of our names. */
    private static final String HTTP_SERVER_REQUEST_DURATION = "http.server.request.duration";

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

    @Test
    void connectionPoolOfTheApplicationDataSourceIsReported() {
        ApiUser.register();
        Metric pool = OtlpReceiver.await("a connection-pool metric of jdbc/appDb", () -> receiver.points().stream()
                .filter(p -> p.number() != null && p.metric().getName().startsWith("io.openliberty.connection_pool."))
                .filter(p -> p.attribute("io.openliberty.datasource.name").filter(n -> n.contains("appDb")).isPresent())
                .map(OtlpReceiver.MetricPoint::metric)
                .findFirst());
        assertTrue(!pool.getUnit().isBlank(), "unit of " + pool.getName());
    }
}
