package org.example.observable.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.OtlpReceiver.Fault;
import org.example.observable.testsupport.RequestBurst;
import org.example.observable.testsupport.RequestBurst.Outcome;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.ShippedConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The collector fails: it goes away (connection refused), answers 503 or 429, or hangs longer than the exporter's
 * timeout. Every API request still succeeds and its latency does not suffer (the export runs off the request path,
 * into bounded queues); the failures are counted by the SDK's exporter metrics; and once the collector is back,
 * the spans of new requests arrive without any restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectorFaultsIT {

    /**
     * Reads at a fixed rate, the same in every window: {@value #CYCLES} cycles per fault, each a window with the
     * collector healthy and a window under the fault. Interleaved, so the drift of a shared 2-core box (the same load
     * moves by itself between phases half a minute apart) falls on both alike. A window lasts 8 s, as long as the
     * SDK's retries (five attempts, backoffs drawn below 1, 1.5, 2.25 and 3.4 s) can hide a fault: a batch sent as
     * the fault begins has failed by its end.
     */
    private static final int RATE = 100;
    private static final int WINDOW_READS = 8 * RATE;
    private static final int CYCLES = 6;
    private static final int THREADS = 4;
    /** Unpaced reads before the first window, so the JIT has compiled the read path (it still compiles for minutes). */
    private static final int WARM_UP_READS = 4_000;
    /** Reads after the collector is back, before a healthy window: the exporter's backlog is sent and parsed. */
    private static final int SETTLING_READS = 2 * RATE;
    /**
     * The bound: p95 under the fault within 10% of the healthy case, as the median over the cycles of each
     * cycle's ratio (its window under the fault against its healthy window). A burst of the shared box's own load over
     * one or two cycles moves their ratios, not the median; a fault that slows requests moves every cycle's.
     */
    private static final double P95_RATIO = 1.10;

    /** OTEL_BSP_MAX_QUEUE_SIZE of liberty/config/server.env (the test server keeps it). */
    private static final int SPAN_QUEUE_SIZE = ShippedConfiguration.ofThisBuild().serverEnvInt("OTEL_BSP_MAX_QUEUE_SIZE");
    /** Two spans a read (SERVER and SQL): 5,000 reads overflow the span queue while the collector hangs. */
    private static final int OVERFLOW_READS = 5_000;

    /** The longest the spans of a new request may take to arrive once the collector is back. */
    private static final java.time.Duration RECOVERY = java.time.Duration.ofSeconds(90);
    private static final OtlpReceiver receiver = OtlpReceiver.shared();
    private static ApiUser reader;
    private static long postId;

    enum CollectorFault {
        UNREACHABLE, UNAVAILABLE_503, THROTTLED_429, HANGS;

        void begin() {
            switch (this) {
                case UNREACHABLE -> receiver.goAway();
                case UNAVAILABLE_503 -> receiver.answerWith(Fault.UNAVAILABLE);
                case THROTTLED_429 -> receiver.answerWith(Fault.THROTTLED);
                case HANGS -> receiver.answerWith(Fault.SLOW);
            }
        }

        void end() {
            receiver.answerWith(Fault.NONE);
            if (this == HANGS) {
                // A hung collector is restarted by its operator (and the JDK's test HTTP server, which served the
                // hung requests, is not always able to go on by itself).
                receiver.goAway();
            }
            if (this == UNREACHABLE || this == HANGS) {
                receiver.comeBack();
            }
        }
    }

    private static final Path SERVER_LOG = Path.of(System.getProperty("it.server.log"));
    private static final Pattern EXPORT_FAILURE = Pattern.compile("Failed to export (\\w+)");
    private static long serverLogLinesBefore;
    private static long startedAt;

    @BeforeAll
    static void aReaderAndAPost() throws IOException {
        try (var log = Files.lines(SERVER_LOG, StandardCharsets.ISO_8859_1)) {
            serverLogLinesBefore = log.count();
        }
        startedAt = System.nanoTime();
        reader = ApiUser.register();
        postId = reader.createPost("Read while the collector fails", "Each read is a SERVER, an auth and a SQL span.");
        RequestBurst.run(WARM_UP_READS, THREADS, i -> read()); // JIT warm-up, not measured
    }

    @AfterEach
    void collectorHealthyAgain() {
        receiver.answerWith(Fault.NONE);
    }

    private static HttpRequest read() {
        return RequestBurst.to("GET", "/api/posts/" + postId, reader.token(), null).build();
    }

    @ParameterizedTest
    @Order(1)
    @EnumSource(CollectorFault.class)
    void requestsSucceedAtHealthySpeedAndExportResumes(CollectorFault fault) {
        long failedBefore = failedSpanExports();
        List<Outcome> healthy = new ArrayList<>();
        List<Outcome> faulty = new ArrayList<>();
        List<Double> cycleRatios = new ArrayList<>();
        double slowestRecoverySeconds = 0;
        // Each healthy window begins once the collector answers and the exporter has sent what it held (the warm-up's
        // or the last fault's backlog), and the receiver has had time to take it in.
        aNewTraceIsExported();
        readsAtTheFixedRate(SETTLING_READS);
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            // Healthy first in the first, third and fifth cycle, the fault first in the others: a trend (the JIT, the
            // box) favours neither.
            boolean healthyFirst = cycle % 2 == 0;
            List<Outcome> healthyWindow = healthyFirst ? readsAtTheFixedRate(WINDOW_READS) : List.of();
            fault.begin();
            List<Outcome> faultyWindow;
            try {
                faultyWindow = readsAtTheFixedRate(WINDOW_READS);
            } finally {
                fault.end();
            }
            long backAt = System.nanoTime();
            aNewTraceIsExported();
            slowestRecoverySeconds = Math.max(slowestRecoverySeconds, (System.nanoTime() - backAt) / 1e9);
            readsAtTheFixedRate(SETTLING_READS);
            if (!healthyFirst) {
                healthyWindow = readsAtTheFixedRate(WINDOW_READS);
            }
            healthy.addAll(healthyWindow);
            faulty.addAll(faultyWindow);
            cycleRatios.add(RequestBurst.percentileMillis(faultyWindow, 95) / RequestBurst.percentileMillis(healthyWindow, 95));
        }

        assertEquals(Map.of(200, (long) CYCLES * WINDOW_READS), RequestBurst.statusCounts(faulty),
                "every read answered 200 during " + fault);
        assertEquals(Map.of(200, (long) CYCLES * WINDOW_READS), RequestBurst.statusCounts(healthy),
                "every read answered 200 around " + fault);
        double p95Healthy = RequestBurst.percentileMillis(healthy, 95);
        double p95Faulty = RequestBurst.percentileMillis(faulty, 95);
        double medianRatio = median(cycleRatios);
        String perCycle = cycleRatios.stream().map(ratio -> String.format("%.2f", ratio)).collect(Collectors.joining(", "));
        // A hung export ends in a timeout the SDK may still be retrying when the collector comes back: no count then.
        long failedAfter = fault == CollectorFault.HANGS ? failedSpanExports()
                : OtlpReceiver.await("otlp.exporter.exported{type=span,success=false} above " + failedBefore, () -> {
                    long now = failedSpanExports();
                    return now > failedBefore ? Optional.of(now) : Optional.empty();
                });
        FaultFigures.record(String.format("| collector %s | %d + %d | %.2f | %.2f | %.2f | %s | %.2f | %.1f | %d |",
                fault, healthy.size(), faulty.size(), p95Healthy, p95Faulty, p95Faulty / p95Healthy, perCycle,
                medianRatio, slowestRecoverySeconds, failedAfter - failedBefore));

        assertTrue(medianRatio <= P95_RATIO, String.format(
                "p95 during %s against healthy, the median of the cycles' ratios %.2f: at most x%.2f (cycle by cycle: %s;"
                        + " all windows pooled %.2f against %.2f ms)", fault, medianRatio, P95_RATIO, perCycle,
                p95Faulty, p95Healthy));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** {@code count} reads at {@value #RATE} a second. */
    private static List<Outcome> readsAtTheFixedRate(int count) {
        return RequestBurst.paced(count, THREADS, RATE, () -> false, i -> read());
    }

    /**
     * A hung collector and more spans than the queue holds: the queue stays at {@code OTEL_BSP_MAX_QUEUE_SIZE}, the
     * spans beyond it are dropped and counted ({@code processedSpans{dropped=true}}), no request waits, and the spans of
     * new requests arrive once the collector is back.
     */
    @Test
    @Order(2)
    void aHungCollectorCostsDroppedSpansNotMemory() {
        long droppedBefore = latest("processedSpans", Map.of("dropped", "true"));
        receiver.answerWith(Fault.SLOW);
        List<Outcome> reads;
        try {
            reads = RequestBurst.run(OVERFLOW_READS, THREADS, i -> read());
        } finally {
            CollectorFault.HANGS.end();
        }
        assertEquals(Map.of(200, (long) OVERFLOW_READS), RequestBurst.statusCounts(reads), "every read answered 200");

        // A new traced read every second until one of them arrives: the span of a single probe may itself be dropped
        // while the full queue drains.
        long backAt = System.nanoTime();
        List<String> probes = new ArrayList<>();
        OtlpReceiver.await("a SERVER span of a read sent after the collector came back", RECOVERY, () -> {
            probes.add(tracedRead());
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return probes.stream().flatMap(id -> receiver.spansOfTrace(id).stream())
                    .filter(span -> span.getKind() == Span.SpanKind.SPAN_KIND_SERVER).findFirst();
        });
        double recoverySeconds = (System.nanoTime() - backAt) / 1e9;
        long dropped = OtlpReceiver.await("processedSpans{dropped=true} above " + droppedBefore, RECOVERY, () -> {
            long now = latest("processedSpans", Map.of("dropped", "true"));
            return now > droppedBefore ? Optional.of(now) : Optional.empty();
        }) - droppedBefore;
        long largestQueue = receiver.points("queueSize").stream()
                .filter(p -> p.has(Map.of("processorType", "BatchSpanProcessor")))
                .mapToLong(p -> p.number().getAsInt()).max().orElse(-1);
        FaultFigures.record(String.format("| collector HANGS, %d unpaced reads | p95 %.2f ms | span visible again after"
                + " %.1f s | spans dropped %d | largest queueSize %d |", OVERFLOW_READS, RequestBurst.percentileMillis(reads, 95),
                recoverySeconds, dropped, largestQueue));
        assertTrue(largestQueue > 0 && largestQueue <= SPAN_QUEUE_SIZE,
                "largest queueSize " + largestQueue + " (reported, and at most " + SPAN_QUEUE_SIZE + ")");
    }

    @Test
    @Order(3)
    void exportFailuresAreReportedWithoutFloodingTheLog() throws IOException {
        double minutes = (System.nanoTime() - startedAt) / 60e9;
        List<String> lines;
        try (var log = Files.lines(SERVER_LOG, StandardCharsets.ISO_8859_1)) {
            lines = log.skip(serverLogLinesBefore).toList();
        }
        Map<String, Long> failureLines = lines.stream().map(EXPORT_FAILURE::matcher).filter(Matcher::find)
                .collect(Collectors.groupingBy(m -> m.group(1), TreeMap::new, Collectors.counting()));
        long exporterStackFrames = lines.stream().filter(l -> l.contains("at io.opentelemetry.exporter")).count();
        FaultFigures.record(String.format("| collector faults, %.1f minutes | export failure lines per signal %s |"
                + " exporter stack frames %d |", minutes, failureLines, exporterStackFrames));

        // The first failure of each signal, then one line a minute at most.
        long allowed = 1 + (long) Math.ceil(minutes);
        failureLines.forEach((signal, count) -> assertTrue(count <= allowed,
                count + " export failure lines for " + signal + " in " + minutes + " minutes (at most " + allowed + ")"));
        assertFalse(failureLines.isEmpty(), "the faults were logged at all (else this test proves nothing)");
        assertEquals(0, exporterStackFrames, "export failures are logged without stack traces");

        JsonPath status = ServiceUnderTest.request().get("/api/telemetry/status").then().statusCode(200).extract().jsonPath();
        for (String signal : List.of("spans", "metrics", "logs")) {
            assertTrue(status.getString("export_failures." + signal + ".last_error").startsWith("Failed to export " + signal),
                    "/api/telemetry/status names the last failure of " + signal + ": " + status.get("export_failures"));
            assertTrue(status.getLong("export_failures." + signal + ".failures_reported") > 0, signal + " failures counted");
        }
    }

    /** Sends a request in a trace of our own and waits (bounded) until its SERVER span has arrived. */
    private static String aNewTraceIsExported() {
        String traceId = tracedRead();
        OtlpReceiver.await("the SERVER span of trace " + traceId + " after the collector came back", RECOVERY,
                () -> receiver.spansOfTrace(traceId).stream()
                        .filter(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER).findFirst());
        return traceId;
    }

    /** One read in a new sampled trace of our own; returns its trace id. */
    private static String tracedRead() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parent = HexFormat.of().formatHex(randomBytes(8));
        RequestBurst.run(1, 1, i -> RequestBurst.to("GET", "/api/posts/" + postId, reader.token(), null)
                .header("traceparent", "00-" + traceId + "-" + parent + "-01").build());
        return traceId;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1;
        return bytes;
    }

    /** The SDK's cumulative count of spans whose export failed, as last received (0 before any failure). */
    private static long failedSpanExports() {
        return latest("otlp.exporter.exported", Map.of("type", "span", "success", "false"));
    }

    private static long latest(String metric, Map<String, String> attributes) {
        return receiver.points(metric).stream().filter(p -> p.has(attributes))
                .reduce((first, second) -> second).map(p -> p.number().getAsInt()).orElse(0L);
    }
}
