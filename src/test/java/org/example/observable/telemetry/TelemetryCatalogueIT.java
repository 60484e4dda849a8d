package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ExternalApiStub;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.Shop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TelemetryNames} and the OTLP wire agree: every name in the catalogue is emitted, and our instrumentation
 * scope emits no name the catalogue lacks. Every flow that carries a catalogue name runs once before the checks.
 */
class TelemetryCatalogueIT {

    /** What {@code Span.recordException} writes (semantic conventions), on any span that records a failure. */
    private static final String EXCEPTION_EVENT = "exception";
    private static final String EXCEPTION_ATTRIBUTE_PREFIX = "exception.";

    private static final OtlpReceiver RECEIVER = OtlpReceiver.shared();

    @BeforeAll
    static void everyInstrumentedFlowRunsOnce() throws Exception {
        ExternalApiStub.shared();
        ApiUser author = ApiUser.register();
        long postId = author.createPost("Catalogue", "every name once");
        author.request().get("/api/posts/" + postId).then().statusCode(200);
        ApiUser.register().request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(201);

        long product = Shop.createProduct(author, "3.00", 5);
        author.request().header("X-Tenant-ID", "catalogue-it").body(Shop.order(product, 1, "card"))
                .post("/api/orders").then().statusCode(201);
        // An order a dead JVM left PENDING: the sweeper settles it (settle_pending_order).
        Shop.abandonedOrder(author, product, 1, "3.00", 3600);

        // Two chunks: the second holds a text PostgreSQL refuses (NUL), so it is rolled back: chunk.failed.
        List<Map<String, Object>> posts = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            posts.add(Map.of("title", "Catalogue import " + i, "content", i == 100 ? "nul \0 here" : "imported"));
        }
        author.request().body(posts).post("/api/posts/import").then().statusCode(200);

        ServiceUnderTest.request().get("/api/external/catalogue").then().statusCode(200);
        // The SERVER span's optional attributes: a query, a proxy's client address, a 5xx, a method outside the nine.
        author.request().header("X-Forwarded-For", "203.0.113.9").get("/api/posts?limit=1").then().statusCode(200);
        ServiceUnderTest.request().get("/api/external/broken").then().statusCode(502);
        ServiceUnderTest.request().request("PROPFIND", "/api/posts");
    }

    @Test
    void everyCatalogueNameIsEmitted() {
        try {
            OtlpReceiver.await("every catalogue name at the wire",
                    () -> notYetEmitted().isEmpty() ? Optional.of(true) : Optional.empty());
        } catch (ConditionTimeoutException timedOut) {
            // the assertion below names what is missing
        }
        assertEquals(Set.of(), notYetEmitted(), "catalogue names never emitted");
    }

    private static Set<String> notYetEmitted() {
        Set<String> emitted = emittedNames();
        return catalogue().stream()
                .filter(name -> name.equals(TelemetryNames.HTTP_REQUEST_HEADER_PREFIX)
                        ? emitted.stream().noneMatch(e -> e.startsWith(name) && e.length() > name.length())
                        : !emitted.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void ourInstrumentationScopeEmitsOnlyCatalogueNames() {
        OtlpReceiver.await("spans and metric points of our scopes", () -> ourSpans().findAny().isPresent()
                && databaseSpans().findAny().isPresent() && serverSpans().findAny().isPresent() && ourPoints().findAny().isPresent()
                ? Optional.of(true) : Optional.empty());
        Set<String> catalogue = catalogue();
        Map<String, String> unknown = new HashMap<>();
        ourSpans().forEach(span -> {
            check(span.getName(), catalogue, "span name", unknown);
            span.getAttributesList().forEach(kv -> check(kv.getKey(), catalogue, "attribute of span " + span.getName(), unknown));
            span.getEventsList().forEach(event -> {
                if (!event.getName().equals(EXCEPTION_EVENT)) {
                    check(event.getName(), catalogue, "event on span " + span.getName(), unknown);
                    event.getAttributesList().forEach(kv ->
                            check(kv.getKey(), catalogue, "attribute of event " + event.getName(), unknown));
                } else {
                    event.getAttributesList().stream().map(KeyValue::getKey)
                            .filter(key -> !key.startsWith(EXCEPTION_ATTRIBUTE_PREFIX))
                            .forEach(key -> unknown.putIfAbsent(key, "attribute of an exception event"));
                }
            });
        });
        // The database spans: attributes of the catalogue, and a name made of them ({db.operation} {db.name}.{db.sql.table}).
        databaseSpans().forEach(span -> {
            span.getAttributesList().forEach(kv -> check(kv.getKey(), catalogue, "attribute of database span " + span.getName(), unknown));
            String table = OtlpReceiver.attribute(span.getAttributesList(), TelemetryNames.DB_SQL_TABLE).map(t -> "." + t).orElse("");
            String expected = OtlpReceiver.attribute(span.getAttributesList(), TelemetryNames.DB_OPERATION).orElse("?") + " "
                    + OtlpReceiver.attribute(span.getAttributesList(), TelemetryNames.DB_NAME).orElse("?") + table;
            if (!span.getName().equals(expected)) {
                unknown.putIfAbsent(span.getName(), "database span name, not " + expected);
            }
        });
        // The SERVER spans: attributes of the catalogue (ours, Liberty's route, the request headers allowed).
        serverSpans().forEach(span ->
                span.getAttributesList().forEach(kv -> check(kv.getKey(), catalogue, "attribute of SERVER span " + span.getName(), unknown)));
        ourPoints().forEach(point -> {
            check(point.metric().getName(), catalogue, "metric name", unknown);
            point.attributes().forEach(kv -> check(kv.getKey(), catalogue, "attribute of metric " + point.metric().getName(), unknown));
        });
        assertEquals(Map.of(), unknown, "names our scope emitted that TelemetryNames lacks (name -> where)");
        assertFalse(catalogue.isEmpty(), "the catalogue was read");
    }

    private static void check(String name, Set<String> catalogue, String where, Map<String, String> unknown) {
        boolean listed = catalogue.contains(name) || name.startsWith(TelemetryNames.HTTP_REQUEST_HEADER_PREFIX);
        if (!listed) {
            unknown.putIfAbsent(name, where);
        }
    }

    private static Stream<Span> ourSpans() {
        return RECEIVER.scopedSpans().stream()
                .filter(s -> s.scope().equals(TelemetryNames.INSTRUMENTATION_SCOPE))
                .map(OtlpReceiver.ScopedSpan::span);
    }

    private static Stream<Span> databaseSpans() {
        return RECEIVER.scopedSpans().stream()
                .filter(s -> s.scope().equals(TelemetryNames.DATABASE_INSTRUMENTATION_SCOPE))
                .map(OtlpReceiver.ScopedSpan::span);
    }

    private static Stream<Span> serverSpans() {
        return RECEIVER.scopedSpans().stream()
                .filter(s -> s.scope().equals(TelemetryNames.HTTP_INSTRUMENTATION_SCOPE))
                .map(OtlpReceiver.ScopedSpan::span);
    }

    private static Stream<OtlpReceiver.MetricPoint> ourPoints() {
        return RECEIVER.points().stream().filter(p -> p.scope().equals(TelemetryNames.INSTRUMENTATION_SCOPE));
    }

    /** Everything the receiver got, from any scope: scope, span, event, metric and attribute names. */
    private static Set<String> emittedNames() {
        Set<String> names = new TreeSet<>();
        RECEIVER.scopedSpans().forEach(scoped -> {
            Span span = scoped.span();
            names.add(scoped.scope());
            names.add(span.getName());
            span.getAttributesList().forEach(kv -> names.add(kv.getKey()));
            span.getEventsList().forEach(event -> {
                names.add(event.getName());
                event.getAttributesList().forEach(kv -> names.add(kv.getKey()));
            });
        });
        RECEIVER.points().forEach(point -> {
            names.add(point.scope());
            names.add(point.metric().getName());
            point.attributes().forEach(kv -> names.add(kv.getKey()));
        });
        return names;
    }

    /** The value of every constant of {@link TelemetryNames}. */
    private static Set<String> catalogue() {
        Set<String> names = new TreeSet<>();
        for (Field field : TelemetryNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(field.getName(), e);
                }
            }
        }
        return names;
    }
}
