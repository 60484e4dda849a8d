package org.example.observable.telemetry.db;

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
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * Each SQL statement of a request is a CLIENT span under the request's SERVER span, recorded with placeholders
 * instead of literals. Uses registration (POST /api/users, JPA): an INSERT carrying the e-mail address.
 */
class DatabaseSpansIT {

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

        assertEquals(Optional.of("postgresql"), attribute(insert, "db.system"), "db.system");
        assertEquals(Optional.of("observable"), attribute(insert, "db.name"), "db.name");
        assertTrue(attribute(insert, "db.sql.table").filter(t -> t.endsWith("users")).isPresent(),
                "db.sql.table names the users table, was " + attribute(insert, "db.sql.table"));
        assertTrue(attribute(insert, "db.statement").filter(sql -> sql.contains("?")).isPresent(),
                "db.statement is parameterized, was " + attribute(insert, "db.statement"));

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

    private static Optional<String> attribute(Span span, String key) {
        return OtlpReceiver.attribute(span.getAttributesList(), key);
    }
}
