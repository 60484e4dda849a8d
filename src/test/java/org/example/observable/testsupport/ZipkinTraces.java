package org.example.observable.testsupport;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Zipkin's own HTTP API on 127.0.0.1:{@code it.zipkin.port}, the Zipkin the build started next to the integration-test
 * server ({@link ZipkinServerProcess}): traces read back as Zipkin stores them (it lower-cases span and service names).
 */
public final class ZipkinTraces {

    private ZipkinTraces() {
    }

    /** One span as {@code GET /api/v2/trace/{traceId}} answers it. */
    public record ZipkinSpan(String id, String parentId, String name, String kind, long timestamp, String serviceName,
                             Map<String, String> tags) {

        @SuppressWarnings("unchecked")
        static ZipkinSpan of(Map<String, Object> json) {
            Map<String, Object> endpoint = (Map<String, Object>) json.getOrDefault("localEndpoint", Map.of());
            return new ZipkinSpan((String) json.get("id"), (String) json.get("parentId"), (String) json.get("name"),
                    (String) json.get("kind"), ((Number) json.get("timestamp")).longValue(),
                    (String) endpoint.get("serviceName"), (Map<String, String>) json.getOrDefault("tags", Map.of()));
        }
    }

    public static String baseUri() {
        return "http://127.0.0.1:" + Integer.getInteger("it.zipkin.port");
    }

    /** Waits (bounded) until Zipkin holds {@code spanCount} or more spans of the trace; returns them by start time. */
    public static List<ZipkinSpan> awaitTrace(String traceId, int spanCount) {
        return OtlpReceiver.await(spanCount + " spans of trace " + traceId + " in Zipkin", () -> {
            List<ZipkinSpan> spans = trace(traceId);
            return spans.size() >= spanCount ? Optional.of(spans) : Optional.empty();
        });
    }

    /** The trace's spans by start time; empty while Zipkin does not know the trace (it answers 404). */
    public static List<ZipkinSpan> trace(String traceId) {
        Response response = RestAssured.given().baseUri(baseUri()).get("/api/v2/trace/" + traceId);
        if (response.statusCode() == 404) {
            return List.of();
        }
        List<Map<String, Object>> spans = response.then().statusCode(200).extract().jsonPath().getList("$");
        return spans.stream().map(ZipkinSpan::of).sorted(Comparator.comparingLong(ZipkinSpan::timestamp)).toList();
    }
}
