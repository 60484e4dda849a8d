package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.util.List;
import java.util.stream.Stream;
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

        HistogramDataPoint point = OtlpReceiver.await("http.server.request.duration of GET /api/posts/{id}",
                () -> points(HTTP_SERVER_REQUEST_DURATION)
                        .filter(p -> OtlpReceiver.attribute(p.getAttributesList(), "http.route")
                                .filter(r -> r.startsWith("/api/posts/{")).isPresent())
                        .filter(p -> OtlpReceiver.attribute(p.getAttributesList(), "http.request.method")
                                .filter("GET"::equals).isPresent())
                        .findFirst());

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
        Metric pool = OtlpReceiver.await("a connection-pool metric of jdbc/appDb", () -> receiver.metrics().stream()
                .filter(m -> m.getName().startsWith("io.openliberty.connection_pool."))
                .filter(m -> numberPoints(m).anyMatch(p -> OtlpReceiver.attribute(p.getAttributesList(),
                        "io.openliberty.datasource.name").filter(n -> n.contains("appDb")).isPresent()))
                .findFirst());
        assertTrue(!pool.getUnit().isBlank(), "unit of " + pool.getName());
    }

    private Stream<HistogramDataPoint> points(String name) {
        return receiver.metrics().stream().filter(m -> m.getName().equals(name))
                .flatMap(m -> m.getHistogram().getDataPointsList().stream());
    }

    private static Stream<NumberDataPoint> numberPoints(Metric metric) {
        return switch (metric.getDataCase()) {
            case SUM -> metric.getSum().getDataPointsList().stream();
            case GAUGE -> metric.getGauge().getDataPointsList().stream();
            default -> Stream.empty();
        };
    }
}
