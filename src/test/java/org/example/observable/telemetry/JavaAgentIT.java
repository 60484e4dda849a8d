package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.example.observable.testsupport.JavaAgentServer;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.OtlpReceiver.ScopedSpan;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The same WAR under the OpenTelemetry Java agent (README, "Telemetry"), what teams run when they pick the agent: the
 * agent makes the SERVER span and the statements' CLIENT spans, and the application steps aside, so a read by id is
 * one SERVER span and one CLIENT span per statement, none of them ours and none twice; the connection pool's metrics,
 * which the agent does not make, are still the application's; and no e-mail address, password or token reaches the
 * agent's collector or the server's log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JavaAgentIT {

    private static final String AGENT_JDBC_SCOPE = "io.opentelemetry.jdbc";
    /** The read's one statement, as the application's own statement spans record it (DatabaseSpansIT). */
    private static final String READ_BY_ID = "SELECT ID, CONTENT, created_at, owner_created_at, owner_email, user_id,"
            + " PUBLISHED, TITLE, VOTES FROM post_listings WHERE (ID = ?)";
    /** What a bearer token's check may add to a request (DatabaseSpansIT). */
    private static final String TOKEN_USER_CHECK = "SELECT ID, created_at, EMAIL, password_hash FROM users WHERE (ID = ?)";

    private static OtlpReceiver receiver;
    private static JavaAgentServer server;
    /** The e-mail address, password and access token of every user registered here, for the leak scan. */
    private static final List<String> SECRETS = new ArrayList<>();

    @BeforeAll
    static void startTheServerUnderTheAgent() throws Exception {
        receiver = OtlpReceiver.onFreePort();
        server = JavaAgentServer.start(receiver);
    }

    @AfterAll
    static void stopIt() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            receiver.stop();
        }
    }

    @Test
    void aReadByIdIsTheAgentsServerSpanAndOneClientSpanPerStatementNoneOfThemOurs() {
        String token = registeredUsersToken();
        long post = request().header("Authorization", "Bearer " + token)
                .body(Map.of("title", "under the agent", "content", "read by id"))
                .post("/api/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        TestTrace trace = TestTrace.random();

        request().header("Authorization", "Bearer " + token).header("traceparent", trace.traceparent())
                .get("/api/posts/" + post).then().statusCode(200);

        Span serverSpan = receiver.awaitSpan("SERVER span of trace " + trace.traceId(),
                s -> OtlpReceiver.traceIdHex(s).equals(trace.traceId()) && s.getKind() == Span.SpanKind.SPAN_KIND_SERVER);
        Span statement = receiver.awaitSpan("statement span of trace " + trace.traceId(),
                s -> OtlpReceiver.traceIdHex(s).equals(trace.traceId()) && s.getKind() == Span.SpanKind.SPAN_KIND_CLIENT);
        assertEquals("GET /api/posts/{id}", serverSpan.getName());
        assertEquals("/api/posts/{id}", TestTrace.attribute(serverSpan, "http.route").orElse(null));
        assertEquals("200", TestTrace.attribute(serverSpan, "http.response.status_code").orElse(null));
        assertEquals(OtlpReceiver.spanIdHex(serverSpan), OtlpReceiver.hex(statement.getParentSpanId()),
                "the statement's span is the SERVER span's child");

        List<ScopedSpan> spans = receiver.scopedSpans().stream()
                .filter(s -> OtlpReceiver.traceIdHex(s.span()).equals(trace.traceId())).toList();
        assertEquals(1, spans.stream().filter(s -> s.span().getKind() == Span.SpanKind.SPAN_KIND_SERVER).count(),
                "SERVER spans of the read: " + spans);
        List<ScopedSpan> statements = spans.stream()
                .filter(s -> TestTrace.attribute(s.span(), "db.system").isPresent()).toList();
        assertFalse(statements.isEmpty(), "statement spans of the read");
        for (ScopedSpan span : statements) {
            assertEquals(AGENT_JDBC_SCOPE, span.scope(), "the statement span's instrumentation: " + span.span().getName());
        }
        assertTrue(spans.stream().noneMatch(s -> s.scope().startsWith(TelemetryNames.INSTRUMENTATION_SCOPE)),
                "no span of the application's own instrumentation: " + spans.stream().map(ScopedSpan::scope).toList());
        List<String> statementTexts = statements.stream()
                .map(s -> TestTrace.attribute(s.span(), "db.statement").orElse("")).toList();
        assertEquals(List.of(READ_BY_ID), statementTexts.stream().filter(text -> !text.equals(TOKEN_USER_CHECK)).toList(),
                "the read's statement, once: " + statementTexts);
        assertTrue(statementTexts.stream().filter(TOKEN_USER_CHECK::equals).count() <= 1, "the token's check at most once");
        assertEquals("SELECT observable.post_listings", statements.stream()
                .filter(s -> TestTrace.attribute(s.span(), "db.statement").orElse("").equals(READ_BY_ID))
                .findFirst().orElseThrow().span().getName());
    }

    @Test
    void theConnectionPoolIsStillMeasuredByTheApplication() {
        registeredUsersToken();

        OtlpReceiver.MetricPoint useTime = receiver.awaitPoint("the pool's use time",
                TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME, point -> true);

        assertEquals(TelemetryNames.INSTRUMENTATION_SCOPE, useTime.scope());
    }

    @Test
    void theLogSaysWhyTheApplicationMakesNoStatementSpans() throws Exception {
        List<String> lines = Files.readAllLines(server.messagesLog(), StandardCharsets.ISO_8859_1);

        assertTrue(lines.stream().anyMatch(line ->
                        line.contains("Database spans are off (the OpenTelemetry Java agent's JDBC instrumentation makes them)")),
                "the database telemetry's log line in " + server.messagesLog());
    }

    /**
     * The agent exports the service's log records too (its JUL bridge) and sees every request and statement: the
     * service's rules still hold there, no e-mail address, password or token of the users above in any payload the
     * collector received, nor in the server's logs. Runs last, after every request of the class.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void noSecretReachesTheAgentsCollectorOrTheLog() throws Exception {
        registeredUsersToken();
        receiver.awaitMetricExports();
        List<String> places = new ArrayList<>();
        receiver.rawPayloads().forEach(payload -> places.add(new String(payload, StandardCharsets.UTF_8)));
        Path messages = server.messagesLog();
        places.add(Files.readString(messages, StandardCharsets.ISO_8859_1));
        places.add(Files.readString(messages.resolveSibling("console.log"), StandardCharsets.ISO_8859_1));

        List<String> leaks = SECRETS.stream().filter(secret -> places.stream().anyMatch(text -> text.contains(secret)))
                .map(secret -> secret.length() > 12 ? secret.substring(0, 12) + "..." : secret).toList();

        assertTrue(SECRETS.size() >= 9, "the secrets of three users at least: " + SECRETS.size());
        assertTrue(receiver.logRecords().size() > 0, "the agent exported log records: " + receiver.logRecords().size());
        assertTrue(leaks.isEmpty(), leaks.size() + " of " + SECRETS.size() + " secrets reached the collector or the log: " + leaks);
    }

    /** The agent reads server.env's resource settings too: no export of its carries the JVM's command line (ResourceAttributesIT). */
    @Test
    void noExportCarriesTheCommandLine() {
        registeredUsersToken();
        receiver.awaitMetricExports();
        assertTrue(receiver.resourceSpans().size() > 0 && receiver.resourceLogs().size() > 0, "spans and log records were exported");
        for (Resource resource : receiver.resources()) {
            assertEquals(Optional.empty(), OtlpReceiver.attribute(resource.getAttributesList(), "process.command_line"),
                    "process.command_line");
            assertEquals(Optional.empty(), OtlpReceiver.attribute(resource.getAttributesList(), "process.command_args"),
                    "process.command_args");
        }
    }

    private static String registeredUsersToken() {
        String email = "agent-" + UUID.randomUUID() + "@example.org";
        String password = "agent-it-" + UUID.randomUUID();
        Map<String, String> credentials = Map.of("email", email, "password", password);
        request().body(credentials).post("/api/users").then().statusCode(201);
        String token = request().body(credentials).post("/api/login").then().statusCode(200).extract().path("access_token");
        SECRETS.addAll(List.of(email, password, token));
        return token;
    }

    private static RequestSpecification request() {
        return RestAssured.given().baseUri(server.baseUri()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
