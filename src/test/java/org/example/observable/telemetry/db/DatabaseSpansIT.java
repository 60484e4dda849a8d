package org.example.observable.telemetry.db;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * Each SQL statement of a request is a CLIENT span under the request's SERVER span, recorded with placeholders
 * instead of literals. Uses registration (POST /api/users, JPA): an INSERT carrying the e-mail address; then the
 * exact statements of a read, a listing and a vote, the API's most frequent requests.
 */
class DatabaseSpansIT {

    /**
     * What a bearer token's check may add to any request: whether its user still exists, asked of the database when
     * this instance has not confirmed the user within {@code auth.user.cache.seconds} (5 s), so in a test's first
     * request of a user, or after a slow moment.
     */
    private static final String TOKEN_USER_CHECK =
            "SELECT ID, created_at, EMAIL, password_hash FROM users WHERE (ID = ?)";

    @Test
    void statementsOfARequestAreClientSpansUnderItsServerSpanWithoutLiterals() {
        TestTrace trace = TestTrace.random();
        String traceId = trace.traceId();
        String email = "db-spans-" + UUID.randomUUID() + "@example.org";

        var response = ServiceUnderTest.request()
                .header("traceparent", trace.traceparent())
                .body(Map.of("email", email, "password", "db-spans-it-passw0rd"))
                .post("/api/users");
        assertEquals(201, response.statusCode(), "registration answered 201: " + response.asString());

        OtlpReceiver receiver = OtlpReceiver.shared();
        Span server = trace.awaitServerSpan();
        Span insert = receiver.awaitSpan("INSERT CLIENT span of the registration",
                s -> OtlpReceiver.traceIdHex(s).equals(traceId) && s.getKind() == Span.SpanKind.SPAN_KIND_CLIENT
                        && attribute(s, "db.operation").filter("INSERT"::equals).isPresent());

        int port = Integer.getInteger("it.db.port");
        assertEquals("INSERT observable.users", insert.getName(), "span name: {db.operation} {db.name}.{db.sql.table}");
        assertEquals(Map.of(
                "db.system", "postgresql",
                "db.name", "observable",
                "db.statement", "INSERT INTO users (created_at, EMAIL, password_hash) VALUES (?, ?, ?)",
                "db.operation", "INSERT",
                "db.sql.table", "users",
                "db.connection_string", "postgresql://127.0.0.1:" + port,
                "server.address", "127.0.0.1",
                "server.port", String.valueOf(port)), attributes(insert), "every attribute of the INSERT span");
        assertEquals(Span.SpanKind.SPAN_KIND_CLIENT, insert.getKind(), "kind");
        assertEquals(io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_UNSET, insert.getStatus().getCode(),
                "a statement that succeeded leaves the status unset");

        List<Span> databaseSpans = receiver.spansOfTrace(traceId).stream()
                .filter(s -> attribute(s, "db.system").isPresent()).toList();
        Map<String, Span> spansById = receiver.spansOfTrace(traceId).stream()
                .collect(Collectors.toMap(OtlpReceiver::spanIdHex, Function.identity(), (a, b) -> a));
        for (Span database : databaseSpans) {
            assertEquals(Span.SpanKind.SPAN_KIND_CLIENT, database.getKind(), "database span kind");
            assertTrue(hasAncestor(database, OtlpReceiver.spanIdHex(server), spansById),
                    database.getName() + " descends from the SERVER span");
            assertFalse(attribute(database, "db.statement").orElse("").contains(email),
                    "a literal value reached db.statement: " + attribute(database, "db.statement"));
        }
    }

    @Test
    void aStatementPostgresqlRefusesIsAnErrorSpanWithItsException() {
        TestTrace trace = TestTrace.random();
        ApiUser author = ApiUser.register();
        // A text with a NUL: the driver sends it, PostgreSQL refuses it, the import reports the chunk as failed.
        author.request().header("traceparent", trace.traceparent())
                .body(List.of(Map.of("title", "Refused", "content", "nul \0 here")))
                .post("/api/posts/import").then().statusCode(200);

        Span refused = OtlpReceiver.shared().awaitSpan("the refused INSERT's CLIENT span",
                s -> OtlpReceiver.traceIdHex(s).equals(trace.traceId()) && s.getKind() == Span.SpanKind.SPAN_KIND_CLIENT
                        && s.getStatus().getCode() == io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_ERROR);
        assertEquals("INSERT observable.posts", refused.getName(), "span name");
        Span.Event exception = refused.getEventsList().stream().filter(e -> e.getName().equals("exception"))
                .findFirst().orElseThrow(() -> new AssertionError("no exception event on " + refused));
        assertEquals(Optional.of("org.postgresql.util.PSQLException"),
                OtlpReceiver.attribute(exception.getAttributesList(), "exception.type"), "exception.type");
        assertFalse(attribute(refused, "db.statement").orElse("").contains("nul"),
                "the refused text reached db.statement: " + attribute(refused, "db.statement"));
    }

    /**
     * A read by id and a listing each run one statement, on the {@code post_listings} view (posts with their vote
     * counts and their authors' public fields): one span named after the view, and no statement that reads a password
     * hash to show a post.
     */
    @Test
    void aReadAndAListingAreEachOneStatementOnThePostListingsView() {
        ApiUser author = ApiUser.register();
        long post = author.createPost("Read through the view", "one statement");

        TestTrace read = TestTrace.random();
        author.request().header("traceparent", read.traceparent()).get("/api/posts/" + post).then().statusCode(200);
        TestTrace listing = TestTrace.random();
        author.request().header("traceparent", listing.traceparent()).get("/api/posts?limit=2&skip=1")
                .then().statusCode(200);

        assertEquals(List.of("SELECT ID, CONTENT, created_at, owner_created_at, owner_email, user_id, PUBLISHED, TITLE,"
                + " VOTES FROM post_listings WHERE (ID = ?)"), statementsOnTheView(read), "the read's statements");
        // A page's columns get aliases (EclipseLink's PostgreSQL platform, for LIMIT ? OFFSET ?).
        assertEquals(List.of("SELECT ID AS a1, CONTENT AS a2, created_at AS a3, owner_created_at AS a4,"
                + " owner_email AS a5, user_id AS a6, PUBLISHED AS a7, TITLE AS a8, VOTES AS a9 FROM post_listings"
                + " ORDER BY created_at DESC, ID DESC LIMIT ? OFFSET ?"), statementsOnTheView(listing),
                "the listing's statements");
    }

    /**
     * A caller that did not sample its trace: the read still runs its statement and answers, and nothing of that trace
     * is exported, neither the SERVER span nor the statement's (parent-based sampling, as shipped).
     */
    @Test
    void aTraceTheCallerDidNotSampleRunsItsStatementAndExportsNoSpan() {
        ApiUser author = ApiUser.register();
        long post = author.createPost("Read in an unsampled trace", "no spans");

        TestTrace unsampled = TestTrace.random();
        author.request().header("traceparent", unsampled.unsampledTraceparent()).get("/api/posts/" + post)
                .then().statusCode(200).body("title", equalTo("Read in an unsampled trace"));
        // Spans leave in batches in the order they end: once a later read's spans have arrived, the unsampled read's would have.
        TestTrace later = TestTrace.random();
        author.request().header("traceparent", later.traceparent()).get("/api/posts/" + post).then().statusCode(200);
        later.awaitSpan("SELECT observable.post_listings");

        assertEquals(List.of(), unsampled.spans().stream().map(Span::getName).toList(), "no span of the unsampled trace");
    }

    /**
     * A new vote is one statement, which checks the post's existence and the vote's key itself; a repeated vote needs a
     * second, to tell a missing post from a vote already cast, and neither is an error span.
     */
    @Test
    void aVoteIsOneStatementAndARepeatedVoteTwo() {
        long post = ApiUser.register().createPost("Voted on in one statement", "one statement");
        ApiUser voter = ApiUser.register();
        TestTrace vote = TestTrace.random();
        voter.request().header("traceparent", vote.traceparent()).body(Map.of("post_id", post, "voted", true))
                .post("/api/votes").then().statusCode(201);
        TestTrace again = TestTrace.random();
        voter.request().header("traceparent", again.traceparent()).body(Map.of("post_id", post, "voted", true))
                .post("/api/votes").then().statusCode(409);

        String insert = "INSERT INTO votes (user_id, post_id) SELECT ?, id FROM posts WHERE id = ?"
                + " ON CONFLICT DO NOTHING";
        String postById = "SELECT ID, CONTENT, created_at, user_id, PUBLISHED, TITLE FROM posts WHERE (ID = ?)";
        assertEquals(List.of(insert), statementsOf(vote), "the vote's statements");
        assertEquals("INSERT observable.votes", databaseSpans(vote).get(0).getName(), "the vote's span name");
        assertEquals(List.of(insert, postById), statementsOf(again), "the repeated vote's statements");
        for (TestTrace trace : List.of(vote, again)) {
            for (Span database : databaseSpans(trace)) {
                assertEquals(io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_UNSET,
                        database.getStatus().getCode(), database.getName() + " status");
            }
        }
    }

    /** The database spans of the request's trace, but for the token's user check. */
    private static List<Span> databaseSpans(TestTrace trace) {
        trace.awaitServerSpan();
        return OtlpReceiver.shared().spansOfTrace(trace.traceId()).stream()
                .filter(s -> attribute(s, "db.system").isPresent())
                .filter(s -> !attribute(s, "db.statement").orElse("").equals(TOKEN_USER_CHECK))
                .toList();
    }

    private static List<String> statementsOf(TestTrace trace) {
        return databaseSpans(trace).stream().map(s -> attribute(s, "db.statement").orElse("")).toList();
    }

    /** The {@code db.statement} of each database span of the trace, after checking its name and table. */
    private static List<String> statementsOnTheView(TestTrace trace) {
        List<Span> databaseSpans = databaseSpans(trace);
        for (Span database : databaseSpans) {
            assertEquals("SELECT observable.post_listings", database.getName(), "span name");
            assertEquals(Optional.of("post_listings"), attribute(database, "db.sql.table"), "db.sql.table");
        }
        return databaseSpans.stream().map(s -> attribute(s, "db.statement").orElse("")).toList();
    }

    private static boolean hasAncestor(Span span, String ancestorId, Map<String, Span> trace) {
        Span current = span;
        for (int depth = 0; depth < 16 && current != null; depth++) {
            String parent = OtlpReceiver.parentSpanIdHex(current);
            if (parent.equals(ancestorId)) {
                return true;
            }
            current = trace.get(parent);
        }
        return false;
    }

    /** Every attribute of the span, its value as text (the port is an int at the wire). */
    private static Map<String, String> attributes(Span span) {
        return span.getAttributesList().stream().collect(Collectors.toMap(kv -> kv.getKey(),
                kv -> kv.getValue().hasIntValue() ? String.valueOf(kv.getValue().getIntValue())
                        : kv.getValue().getStringValue()));
    }

    private static Optional<String> attribute(Span span, String key) {
        return OtlpReceiver.attribute(span.getAttributesList(), key);
    }
}
