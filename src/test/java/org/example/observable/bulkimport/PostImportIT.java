package org.example.observable.bulkimport;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/** POST /api/posts/import: valid posts imported in chunks of 100, invalid ones reported, all in process_dataset. */
class PostImportIT {

    private static List<Map<String, Object>> posts(int count) {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> post = new HashMap<>();
            post.put("title", "Imported " + i);
            post.put("content", "Content " + i);
            post.put("published", i % 2 == 0);
            posts.add(post);
        }
        return posts;
    }

    @Test
    void validPostsAreImportedAndInvalidOnesReportedByIndex() {
        ApiUser user = ApiUser.register();
        List<Map<String, Object>> posts = posts(250);
        posts.get(5).put("title", " ");
        posts.get(130).remove("content");
        TestTrace trace = TestTrace.random();

        user.request().header("traceparent", trace.traceparent()).body(posts).post("/api/posts/import")
                .then().statusCode(200)
                .body("imported", equalTo(248))
                .body("failed", equalTo(2))
                .body("errors.index", equalTo(List.of(5, 130)))
                .body("errors.field", equalTo(List.of("title", "content")));

        Span server = trace.awaitServerSpan();
        Span dataset = trace.awaitSpan(TelemetryNames.SPAN_PROCESS_DATASET);
        assertEquals(OtlpReceiver.spanIdHex(server), OtlpReceiver.parentSpanIdHex(dataset), "process_dataset under the SERVER span");
        assertEquals(Optional.of("250"), attribute(dataset, TelemetryNames.DATASET_SIZE), "dataset.size");
        assertEquals(Optional.of("250"), attribute(dataset, TelemetryNames.DATASET_PROCESSED), "dataset.processed");
        List<Span.Event> chunks = dataset.getEventsList().stream()
                .filter(e -> e.getName().equals(TelemetryNames.EVENT_CHUNK_PROCESSED)).toList();
        assertEquals(List.of("0", "1", "2"), values(chunks, TelemetryNames.CHUNK_INDEX), "chunk.index");
        assertEquals(List.of("100", "100", "50"), values(chunks, TelemetryNames.CHUNK_SIZE), "chunk.size");
        assertEquals(List.of("100", "200", "250"), values(chunks, TelemetryNames.TOTAL_PROCESSED), "total.processed");
    }

    @Test
    void aChunkTheDatabaseRejectsIsRolledBackAloneAndReportedAsChunkFailed() {
        ApiUser user = ApiUser.register();
        List<Map<String, Object>> posts = posts(150);
        posts.get(120).put("content", "PostgreSQL refuses NUL \0 in text");
        TestTrace trace = TestTrace.random();

        List<Integer> rolledBack = new ArrayList<>();
        for (int i = 100; i < 150; i++) {
            rolledBack.add(i);
        }
        user.request().header("traceparent", trace.traceparent()).body(posts).post("/api/posts/import")
                .then().statusCode(200)
                .body("imported", equalTo(100))
                .body("failed", equalTo(50))
                .body("errors.index", equalTo(rolledBack))
                .body("errors[0].message", equalTo("not imported: chunk 1 was rolled back"));

        Span dataset = trace.awaitSpan(TelemetryNames.SPAN_PROCESS_DATASET);
        assertEquals(Optional.of("100"), attribute(dataset, TelemetryNames.DATASET_IMPORTED), "dataset.imported");
        assertEquals(Optional.of("50"), attribute(dataset, TelemetryNames.DATASET_FAILED), "dataset.failed");
        List<Span.Event> failed = dataset.getEventsList().stream()
                .filter(e -> e.getName().equals(TelemetryNames.EVENT_CHUNK_FAILED)).toList();
        assertEquals(List.of("1"), values(failed, TelemetryNames.CHUNK_INDEX), "chunk.index of chunk.failed");
        assertEquals(Status.StatusCode.STATUS_CODE_UNSET, dataset.getStatus().getCode(),
                "a rolled-back chunk is reported, not a failed import");
    }

    @Test
    void moreThan10000PostsAreA413Problem() {
        ApiUser user = ApiUser.register();
        List<Map<String, String>> posts = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            posts.add(Map.of("title", "t", "content", "c"));
        }
        user.request().body(posts).post("/api/posts/import")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void importNeedsAToken() {
        ServiceUnderTest.request().body(posts(1)).post("/api/posts/import").then().statusCode(401);
    }

    private static List<String> values(List<Span.Event> events, String key) {
        return events.stream().map(e -> OtlpReceiver.attribute(e.getAttributesList(), key).orElse("?")).toList();
    }
}
