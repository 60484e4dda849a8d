package org.example.observable.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.example.observable.hostile.ApiOperations.Operation;
import org.example.observable.hostile.Corpus.Case;
import org.example.observable.hostile.Corpus.Valid;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Invalid and huge {@code traceparent}, {@code tracestate} and {@code baggage} headers on otherwise valid requests
 * to every operation: ignored, the answer is the valid request's. A 28 KB baggage or tracestate value (near Liberty's
 * 32 KB header limit) is not copied into any exported span: not into an attribute, an event, a link or the trace state.
 */
class TraceHeadersIT {

    static final String CATEGORY = "invalid traceparent, tracestate, baggage";
    private static final String MARKER = "hugeheader" + UUID.randomUUID().toString().replace("-", "");

    /** Header name and value; every operation gets each of them once. */
    private static Map<String, String[]> variants() {
        String huge = MARKER + "x".repeat(28_000);
        Map<String, String[]> variants = new LinkedHashMap<>();
        variants.put("traceparent garbage", new String[] {"traceparent", "garbage"});
        variants.put("traceparent all zero", new String[] {"traceparent", "00-" + "0".repeat(32) + "-" + "0".repeat(16) + "-01"});
        variants.put("traceparent version ff", new String[] {"traceparent", "ff-" + "a".repeat(32) + "-" + "b".repeat(16) + "-01"});
        variants.put("traceparent upper case, too long", new String[] {"traceparent", "00-" + "A".repeat(32) + "-" + "B".repeat(16) + "-01-" + "c".repeat(200)});
        variants.put("tracestate huge", new String[] {"tracestate", "vendor=" + huge});
        variants.put("tracestate 100 members and duplicates", new String[] {"tracestate",
                IntStream.range(0, 100).mapToObj(i -> "k" + (i % 7) + "=v" + i).collect(Collectors.joining(","))});
        variants.put("baggage huge", new String[] {"baggage", "k=" + huge});
        variants.put("baggage malformed", new String[] {"baggage", "=,;;==%%%,k=v;;;p,%ZZ=%ZZ,\u00ff=\u00ff"});
        variants.put("baggage 300 members", new String[] {"baggage",
                IntStream.range(0, 300).mapToObj(i -> "m" + i + "=" + MARKER).collect(Collectors.joining(","))});
        return variants;
    }

    @TestFactory
    Stream<DynamicTest> brokenTraceHeadersAreIgnored() {
        Corpus corpus = new Corpus();
        List<String> traceIds = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : ApiOperations.all()) {
            variants().forEach((name, header) -> {
                Valid valid = corpus.valid(op);
                tests.add(dynamicTest(name + ": " + op.key(), () -> {
                    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json", header[0], header[1]));
                    if (!header[0].equals("traceparent")) {
                        // A sampled parent of the test's, so the request's spans can be found and scanned.
                        TestTrace trace = TestTrace.random();
                        traceIds.add(trace.traceId());
                        headers.addAll(List.of("traceparent", trace.traceparent()));
                    }
                    byte[] body = valid.json() == null ? null : valid.json().getBytes(StandardCharsets.UTF_8);
                    Corpus.send(new Case(CATEGORY, name, op.method(), valid.target(), body, false, valid.token(),
                            valid.status() < 0 ? Set.of() : Set.of(valid.status()), headers.toArray(String[]::new)));
                }));
            });
        }
        tests.add(dynamicTest("no exported span carries the huge or repeated header values", () -> {
            String last = traceIds.get(traceIds.size() - 1);
            OtlpReceiver.shared().awaitSpan("SERVER span of the last request", s -> OtlpReceiver.traceIdHex(s).equals(last)
                    && s.getKind() == Span.SpanKind.SPAN_KIND_SERVER);
            List<Span> spans = OtlpReceiver.shared().spans();
            long ours = spans.stream().filter(s -> traceIds.contains(OtlpReceiver.traceIdHex(s))).count();
            List<String> carriers = spans.stream().filter(TraceHeadersIT::carriesMarker)
                    .map(s -> s.getName() + " " + OtlpReceiver.traceIdHex(s)).toList();
            assertAll(
                    () -> assertTrue(ours >= traceIds.size(), "spans of the requests with a test trace: " + ours),
                    () -> assertEquals(List.of(), carriers, "spans with the header values"),
                    () -> assertTrue(spans.stream().allMatch(s -> s.getTraceState().length() <= 512), "trace states at most 512 characters"));
        }));
        return tests.stream();
    }

    private static boolean carriesMarker(Span span) {
        return span.getTraceState().contains(MARKER) || contains(span.getAttributesList())
                || span.getEventsList().stream().anyMatch(e -> contains(e.getAttributesList()))
                || span.getLinksList().stream().anyMatch(l -> l.getTraceState().contains(MARKER) || contains(l.getAttributesList()));
    }

    private static boolean contains(List<KeyValue> attributes) {
        return attributes.stream().anyMatch(kv -> kv.getKey().contains(MARKER) || OtlpReceiver.asString(kv.getValue()).contains(MARKER));
    }
}
