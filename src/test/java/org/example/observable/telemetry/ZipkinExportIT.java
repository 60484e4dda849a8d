package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.example.observable.testsupport.ZipkinTraces;
import org.example.observable.testsupport.ZipkinTraces.ZipkinSpan;
import org.junit.jupiter.api.Test;

/**
 * The trace UI without Docker (README): with {@code OTEL_TRACES_EXPORTER=otlp,zipkin} the service sends its traces to a
 * real Zipkin as well, and a request's trace, its SQL statements included, is read back through Zipkin's own HTTP API
 * with the very span ids the OTLP receiver got. Zipkin stores span and service names lower-cased.
 */
class ZipkinExportIT {

    /** Listening before the request, so that the spans reach it too. */
    private final OtlpReceiver receiver = OtlpReceiver.shared();

    @Test
    void aRequestsTraceWithItsSqlSpanIsReadBackFromZipkin() {
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent()).get("/api/products").then().statusCode(200);

        List<ZipkinSpan> spans = ZipkinTraces.awaitTrace(trace.traceId(), 2);

        assertEquals(List.of("get /api/products", "select observable.products"), spans.stream().map(ZipkinSpan::name).toList(),
                "the trace in Zipkin: the SERVER span, then the statement's CLIENT span");
        ZipkinSpan server = spans.get(0);
        ZipkinSpan statement = spans.get(1);
        assertEquals("SERVER", server.kind(), "kind of " + server.name());
        assertEquals(trace.parentSpanId(), server.parentId(), "the SERVER span's parent is the caller's span (traceparent)");
        assertEquals("observable-service", server.serviceName(), "service name");
        assertEquals("/api/products", server.tags().get("http.route"), "http.route");
        assertEquals("GET", server.tags().get("http.request.method"), "http.request.method");
        assertEquals("200", server.tags().get("http.response.status_code"), "http.response.status_code");
        assertEquals("CLIENT", statement.kind(), "kind of " + statement.name());
        assertEquals(server.id(), statement.parentId(), "the statement's parent is the SERVER span");
        assertEquals("postgresql", statement.tags().get("db.system"), "db.system");
        assertEquals("observable", statement.tags().get("db.name"), "db.name");
        assertEquals("SELECT ID, NAME, PRICE, STOCK FROM products ORDER BY ID", statement.tags().get("db.statement"),
                "db.statement");
        assertEquals(otlpSpanIds(trace), spans.stream().map(ZipkinSpan::id).collect(Collectors.toSet()),
                "Zipkin holds the same spans as the OTLP receiver, no more");
    }

    /** Registration: three statements in the request, then the welcome message's span with its own two (insert, lastval). */
    @Test
    void aRegistrationsWholeTreeIsReadBackFromZipkin() {
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent())
                .body(Map.of("email", "zipkin-" + UUID.randomUUID() + "@example.org", "password", ApiUser.PASSWORD))
                .post("/api/users")
                .then().statusCode(201);

        List<ZipkinSpan> spans = ZipkinTraces.awaitTrace(trace.traceId(), 7);

        ZipkinSpan server = spans.get(0);
        assertEquals("post /api/users", server.name(), "the first span");
        assertEquals(trace.parentSpanId(), server.parentId(), "the SERVER span's parent is the caller's span (traceparent)");
        assertEquals(List.of("select observable.users", "insert observable.users", "select observable", "send_email"),
                childrenOf(server, spans), "children of the SERVER span, by start time");
        ZipkinSpan sendEmail = spans.stream().filter(s -> s.name().equals("send_email")).findFirst().orElseThrow();
        assertEquals(List.of("insert observable.notification_outbox", "select observable"), childrenOf(sendEmail, spans),
                "children of send_email");
        assertEquals(otlpSpanIds(trace, spans.size()), spans.stream().map(ZipkinSpan::id).collect(Collectors.toSet()),
                "Zipkin holds the same spans as the OTLP receiver, no more");
    }

    private static List<String> childrenOf(ZipkinSpan parent, List<ZipkinSpan> spans) {
        return spans.stream().filter(s -> parent.id().equals(s.parentId())).map(ZipkinSpan::name).toList();
    }

    private Set<String> otlpSpanIds(TestTrace trace) {
        return otlpSpanIds(trace, 2);
    }

    private Set<String> otlpSpanIds(TestTrace trace, int count) {
        return OtlpReceiver.await(count + " spans of trace " + trace.traceId() + " at the OTLP receiver", () -> {
            List<Span> spans = receiver.spansOfTrace(trace.traceId());
            return spans.size() >= count ? Optional.of(spans) : Optional.empty();
        }).stream().map(OtlpReceiver::spanIdHex).collect(Collectors.toSet());
    }
}
