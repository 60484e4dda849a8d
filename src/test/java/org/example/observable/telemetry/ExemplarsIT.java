package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.opentelemetry.proto.metrics.v1.Exemplar;
import java.util.List;
import java.util.Map;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.OtlpReceiver.MetricPoint;
import org.junit.jupiter.api.Test;

/**
 * Which histograms carry exemplars (docs/telemetry.md, "Exemplars"): the request's duration does, with the trace of a
 * request it counted, so that a dashboard's latency bucket opens that trace; the connection pool's wait and use times
 * and the response body size, recorded in the same sampled request, carry none ({@link WithoutExemplar}).
 */
class ExemplarsIT {

    private static final String HTTP_SERVER_REQUEST_DURATION = "http.server.request.duration";
    private static final List<String> WITHOUT_EXEMPLARS = List.of(TelemetryNames.DB_CLIENT_CONNECTION_WAIT_TIME,
            TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME, TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE);

    private final OtlpReceiver receiver = OtlpReceiver.shared();

    @Test
    void theRequestsDurationLinksToTheRequestsTraceThePoolTimesAndTheBodySizeDoNot() {
        ApiUser reader = ApiUser.register();
        int pointsBefore = receiver.points().size();
        // A read of a post that does not exist: a statement on a pooled connection, a problem+json body, a 404.
        String spanHeader = reader.request().get("/api/posts/987654399")
                .then().statusCode(404).extract().header("io.openliberty.trace");
        String traceId = spanHeader.substring(0, spanHeader.indexOf(':'));

        MetricPoint duration = receiver.awaitPoint("an http.server.request.duration point of GET /api/posts/{id} 404 with the"
                        + " request's trace as an exemplar", HTTP_SERVER_REQUEST_DURATION,
                point -> point.has(Map.of("http.route", "/api/posts/{id}", "http.response.status_code", "404"))
                        && point.histogram().getExemplarsList().stream().anyMatch(e -> traceId.equals(OtlpReceiver.hex(e.getTraceId()))));
        Exemplar exemplar = duration.histogram().getExemplarsList().stream()
                .filter(e -> traceId.equals(OtlpReceiver.hex(e.getTraceId()))).findFirst().orElseThrow();
        assertEquals(8, exemplar.getSpanId().size(), "the exemplar names the request's span too");

        receiver.awaitMetricExports();
        List<MetricPoint> exportedSince = receiver.points().subList(pointsBefore, receiver.points().size());
        for (String metric : WITHOUT_EXEMPLARS) {
            List<MetricPoint> points = exportedSince.stream().filter(p -> p.metric().getName().equals(metric)).toList();
            assertFalse(points.isEmpty(), metric + " exported after the request");
            assertEquals(List.of(), points.stream().flatMap(p -> p.histogram().getExemplarsList().stream()).toList(),
                    metric + " carries no exemplar");
        }
    }
}
