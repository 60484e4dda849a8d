package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ExternalApiStub;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * Every request is exactly one SERVER span, made by the application ({@code HttpServerTelemetryFilter}) and given its route by
 * Liberty's JAX-RS filter: every attribute, exactly, at the wire (docs/telemetry.md). A second SERVER span in a trace
 * would mean Liberty's instrumenters no longer see the application's span (a Liberty upgrade).
 */
class ServerSpanIT {

    private static final OtlpReceiver RECEIVER = OtlpReceiver.shared();
    private static final String USER_AGENT = "server-span-it/1.0";

    @Test
    void anAuthenticatedReadIsOneServerSpanWithEveryAttributeOfTheCatalogue() {
        ApiUser author = ApiUser.register();
        long postId = author.createPost("Server span", "read by id");
        TestTrace trace = TestTrace.random();

        author.request().header("traceparent", trace.traceparent()).header("User-Agent", USER_AGENT)
                .get("/api/posts/" + postId).then().statusCode(200);

        Span server = onlyServerSpan(trace);
        assertEquals("GET /api/posts/{id}", server.getName());
        assertEquals(trace.parentSpanId(), OtlpReceiver.parentSpanIdHex(server), "the caller's span is the parent");
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("http.request.method", "GET"),
                Map.entry("http.route", "/api/posts/{id}"),
                Map.entry("http.response.status_code", "200"),
                Map.entry("url.scheme", "http"),
                Map.entry("url.path", "/api/posts/" + postId),
                Map.entry("server.address", "127.0.0.1"),
                Map.entry("server.port", Integer.getInteger("it.http.port").toString()),
                Map.entry("user_agent.original", USER_AGENT),
                Map.entry("network.protocol.version", "1.1"),
                Map.entry("http.request.header.user-agent", USER_AGENT),
                Map.entry("http.request.header.content-type", "application/json"),
                Map.entry("enduser.id", String.valueOf(author.id())),
                Map.entry("user.action", "view_post"),
                Map.entry("post.id", String.valueOf(postId)),
                Map.entry("post.found", "true"),
                Map.entry("post.published", "true"),
                Map.entry("post.author_id", String.valueOf(author.id()))));
        assertEquals(expected, attributes(server), "every attribute of the read's SERVER span");
        assertEquals(Status.StatusCode.STATUS_CODE_UNSET, server.getStatus().getCode());
        assertEquals(TelemetryNames.HTTP_INSTRUMENTATION_SCOPE, scopeOf(server), "instrumentation scope");
    }

    @Test
    void aListingBehindAProxyCarriesItsQueryAndTheClientTheProxySaw() {
        TestTrace trace = TestTrace.random();

        ApiUser.register().request().header("traceparent", trace.traceparent())
                .header("X-Forwarded-For", "203.0.113.9, 10.0.0.1")
                .get("/api/posts?limit=2&offset=0").then().statusCode(200);

        Span server = onlyServerSpan(trace);
        assertEquals("GET /api/posts", server.getName());
        assertEquals("limit=2&offset=0", TestTrace.attribute(server, "url.query").orElseThrow());
        assertEquals("203.0.113.9", TestTrace.attribute(server, "client.address").orElseThrow());
        assertEquals("/api/posts", TestTrace.attribute(server, "http.route").orElseThrow());
    }

    @Test
    void aRequestNoResourceMatchesIsNamedAfterTheApplicationPath() {
        TestTrace trace = TestTrace.random();

        ServiceUnderTest.request().header("traceparent", trace.traceparent()).get("/api/no-such-resource")
                .then().statusCode(404);

        Span server = onlyServerSpan(trace);
        assertEquals("GET /api", server.getName());
        assertEquals("/api", TestTrace.attribute(server, "http.route").orElseThrow());
        assertEquals("404", TestTrace.attribute(server, "http.response.status_code").orElseThrow());
        assertEquals(Status.StatusCode.STATUS_CODE_UNSET, server.getStatus().getCode(), "a 4xx is the caller's error");
    }

    @Test
    void a5xxAnswerIsAnErrorSpanNamingItsStatus() {
        ExternalApiStub.shared();
        TestTrace trace = TestTrace.random();

        ServiceUnderTest.request().header("traceparent", trace.traceparent()).get("/api/external/broken")
                .then().statusCode(502);

        Span server = onlyServerSpan(trace);
        assertEquals("GET /api/external/{resource}", server.getName());
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, server.getStatus().getCode());
        assertEquals("502", TestTrace.attribute(server, "error.type").orElseThrow());
        assertEquals("502", TestTrace.attribute(server, "http.response.status_code").orElseThrow());
    }

    @Test
    void aMethodOutsideTheNineIsOtherWithItsOwnNameKept() {
        TestTrace trace = TestTrace.random();

        int status = ServiceUnderTest.request().header("traceparent", trace.traceparent()).request("PROPFIND", "/api/posts")
                .then().extract().statusCode();

        Span server = onlyServerSpan(trace);
        assertEquals("_OTHER", TestTrace.attribute(server, "http.request.method").orElseThrow());
        assertEquals("PROPFIND", TestTrace.attribute(server, "http.request.method_original").orElseThrow());
        assertEquals(String.valueOf(status), TestTrace.attribute(server, "http.response.status_code").orElseThrow());
    }

    /** The trace's one SERVER span, once its children have arrived too. */
    private static Span onlyServerSpan(TestTrace trace) {
        Span server = trace.awaitServerSpan();
        List<Span> servers = trace.spans().stream().filter(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER).toList();
        assertEquals(1, servers.size(), "SERVER spans of the trace: " + servers.stream().map(Span::getName).toList());
        return server;
    }

    private static Map<String, String> attributes(Span span) {
        Map<String, String> attributes = new TreeMap<>();
        span.getAttributesList().forEach(kv -> attributes.put(kv.getKey(), OtlpReceiver.asString(kv.getValue())));
        return attributes;
    }

    private static String scopeOf(Span span) {
        return RECEIVER.scopedSpans().stream().filter(s -> s.span().equals(span)).map(OtlpReceiver.ScopedSpan::scope)
                .findFirst().orElseThrow();
    }
}
