package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import java.util.UUID;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/** Housekeeping URLs export no spans (Liberty's apps through OTEL_TRACE_HTTP_DISABLED, ours through the filter). */
class ExcludedUrlsIT {

    private final OtlpReceiver receiver = OtlpReceiver.shared();

    @Test
    void healthOpenApiAndMetricsExportNoSpansWhileTheApiDoes() {
        for (String excluded : List.of("/health", "/health/ready", "/health/live", "/openapi", "/metrics")) {
            ServiceUnderTest.request().accept("*/*").get(excluded);
        }
        // Spans leave in batches in request order: once a later API span has arrived, excluded ones would have too.
        String marker = "excluded-urls-it/" + UUID.randomUUID();
        ServiceUnderTest.request().header("User-Agent", marker).get("/api/nonexistent").then().statusCode(404);
        receiver.awaitSpan("SERVER span of GET /api/nonexistent sent by " + marker,
                span -> marker.equals(OtlpReceiver.attribute(span.getAttributesList(), "user_agent.original").orElse("")));

        List<String> excludedPathsTraced = receiver.spans().stream()
                .map(ExcludedUrlsIT::pathOrRoute)
                .filter(path -> path.startsWith("/health") || path.startsWith("/openapi") || path.startsWith("/metrics"))
                .toList();
        assertEquals(List.of(), excludedPathsTraced, "no span may be exported for an excluded URL");
    }

    private static String pathOrRoute(Span span) {
        return OtlpReceiver.attribute(span.getAttributesList(), "url.path")
                .or(() -> OtlpReceiver.attribute(span.getAttributesList(), "http.route"))
                .orElse(span.getName());
    }
}
