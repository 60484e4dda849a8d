package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/** The HTTP server metrics the service adds to Liberty's, by their semantic-convention names, units and attributes. */
class HttpServerMetricsIT {

    private final OtlpReceiver receiver = OtlpReceiver.shared();

    @Test
    void activeRequestsIsAnUpDownCounterOfRequestsByMethodAndScheme() {
        ServiceUnderTest.request().get("/api/nonexistent").then().statusCode(404);
        Metric metric = receiver.awaitMetric(TelemetryNames.HTTP_SERVER_ACTIVE_REQUESTS);

        assertEquals("{request}", metric.getUnit(), "unit");
        assertFalse(metric.getDescription().isBlank(), "description");
        assertFalse(metric.getSum().getIsMonotonic(), "an UpDownCounter is a non-monotonic sum");
        var point = metric.getSum().getDataPoints(0);
        assertEquals(Set.of("http.request.method", "url.scheme"), keys(point.getAttributesList()), "attributes");
    }

    @Test
    void responseBodySizeOfAnUnmatchedRequestHasNoRoute() {
        ServiceUnderTest.request().get("/api/nonexistent/12345").then().statusCode(404);
        HistogramDataPoint point = awaitBodySizePoint("404 without http.route",
                p -> status(p) == 404 && attribute(p, "http.route").isEmpty());

        assertEquals("GET", attribute(point, "http.request.method").orElseThrow(), "http.request.method");
        assertTrue(point.getSum() > 0, "the problem-details body was counted");
    }

    @Test
    void responseBodySizeCarriesTheRouteTemplateNeverTheRawPath() {
        ServiceUnderTest.request().get("/api/posts/424242");
        HistogramDataPoint point = awaitBodySizePoint("a point for route /api/posts/{id}",
                p -> attribute(p, "http.route").filter(route -> route.startsWith("/api/posts/{")).isPresent());

        Metric metric = receiver.awaitMetric(TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE);
        assertEquals("By", metric.getUnit(), "unit");
        assertFalse(metric.getDescription().isBlank(), "description");
        assertEquals("/api/posts/{id}", attribute(point, "http.route").orElseThrow(), "http.route, exactly the template");
        assertEquals(Set.of("http.request.method", "http.route", "http.response.status_code", "url.scheme"),
                keys(point.getAttributesList()), "attributes");
        List<String> rawRoutes = receiver.points(TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE).stream()
                .flatMap(p -> p.attribute("http.route").stream())
                .filter(route -> route.matches(".*/\\d+.*"))
                .distinct()
                .toList();
        assertEquals(List.of(), rawRoutes, "http.route must be a template, never a path with ids");
    }

    @Test
    void responseBodySizeCountsExactlyTheBytesOfEachBody() {
        ApiUser user = ApiUser.register();
        long postId = user.createPost("Counted", "a post whose answer is counted byte by byte");
        Map<String, String> series = Map.of("http.request.method", "GET", "http.route", "/api/posts/{id}",
                "http.response.status_code", "200", "url.scheme", "http");
        user.request().get("/api/posts/" + postId).then().statusCode(200);
        receiver.awaitMetricExports();
        HistogramDataPoint before = latestBodySizePoint(series);

        byte[] body = user.request().get("/api/posts/" + postId).then().statusCode(200).extract().asByteArray();

        HistogramDataPoint after = receiver.awaitPoint("the next GET /api/posts/{id} 200 counted",
                TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE,
                p -> p.has(series) && p.histogram().getCount() == before.getCount() + 1).histogram();
        assertTrue(body.length > 0, "the post's JSON");
        assertEquals(before.getSum() + body.length, after.getSum(), "http.server.response.body.size grew by the body's bytes");
    }

    private HistogramDataPoint latestBodySizePoint(Map<String, String> series) {
        List<OtlpReceiver.MetricPoint> points = receiver.points(TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE).stream()
                .filter(p -> p.has(series)).toList();
        assertFalse(points.isEmpty(), "a point of " + series);
        return points.get(points.size() - 1).histogram();
    }

    private HistogramDataPoint awaitBodySizePoint(String description, java.util.function.Predicate<HistogramDataPoint> predicate) {
        return receiver.awaitPoint(description, TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE, p -> predicate.test(p.histogram()))
                .histogram();
    }

    private static Optional<String> attribute(HistogramDataPoint point, String key) {
        return OtlpReceiver.attribute(point.getAttributesList(), key);
    }

    private static long status(HistogramDataPoint point) {
        return attribute(point, "http.response.status_code").map(Long::parseLong).orElse(-1L);
    }

    private static Set<String> keys(List<KeyValue> attributes) {
        return attributes.stream().map(KeyValue::getKey).collect(Collectors.toSet());
    }
}
