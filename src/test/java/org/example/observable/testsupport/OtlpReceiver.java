package org.example.observable.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.awaitility.Awaitility;

/**
 * A real OTLP/HTTP (http/protobuf) receiver on 127.0.0.1:{@code it.otlp.port}, the endpoint the integration-test
 * server exports to. It decodes every request with the OTLP protobuf classes and keeps what it received, raw
 * payloads included, for the whole test run. One instance per test JVM: {@link #shared()}.
 */
public final class OtlpReceiver {

    private static final HexFormat HEX = HexFormat.of();
    private static OtlpReceiver shared;

    /** The port it listens on: the one asked for, or the one the system gave for 0. */
    private int port;
    private volatile HttpServer server;
    private volatile Fault fault = Fault.NONE;
    private final List<ResourceSpans> resourceSpans = new CopyOnWriteArrayList<>();
    private final List<ResourceMetrics> resourceMetrics = new CopyOnWriteArrayList<>();
    private final List<ResourceLogs> resourceLogs = new CopyOnWriteArrayList<>();
    private final List<byte[]> rawPayloads = new CopyOnWriteArrayList<>();

    private OtlpReceiver(int port) throws IOException {
        this.port = port;
        start();
    }

    private void start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        // A thread per request: a slow answer (Fault.SLOW) must not hold up the other signals' exports.
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "otlp-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/v1/traces", exchange -> receive(exchange,
                body -> resourceSpans.addAll(ExportTraceServiceRequest.parseFrom(body).getResourceSpansList())));
        server.createContext("/v1/metrics", exchange -> receive(exchange,
                body -> resourceMetrics.addAll(ExportMetricsServiceRequest.parseFrom(body).getResourceMetricsList())));
        server.createContext("/v1/logs", exchange -> receive(exchange,
                body -> resourceLogs.addAll(ExportLogsServiceRequest.parseFrom(body).getResourceLogsList())));
        server.start();
        this.server = server;
        port = server.getAddress().getPort();
    }

    /**
     * How the receiver answers, for the collector-fault tests: as a healthy collector, or as one that is overloaded
     * (503, or 429 with {@code Retry-After}) or hangs ({@link #SLOW}: answers 200 only after {@link #SLOW_ANSWER},
     * longer than the exporter's 10 s timeout, or when the fault ends). A refused payload is not kept.
     */
    public enum Fault {
        NONE, UNAVAILABLE, THROTTLED, SLOW
    }

    public static final Duration SLOW_ANSWER = Duration.ofSeconds(11);

    public void answerWith(Fault fault) {
        this.fault = fault;
    }

    /** The collector goes away: the port refuses connections until {@link #comeBack()}. */
    public synchronized void goAway() {
        server.stop(0);
    }

    public synchronized void comeBack() {
        try {
            start();
        } catch (IOException e) {
            throw new UncheckedIOException("OTLP receiver could not bind 127.0.0.1:" + port + " again", e);
        }
    }

    /** The receiver of this test JVM, started on first use on the port the build reserved. */
    public static synchronized OtlpReceiver shared() {
        if (shared == null) {
            try {
                shared = new OtlpReceiver(Integer.getInteger("it.otlp.port"));
            } catch (IOException e) {
                throw new UncheckedIOException("OTLP receiver could not bind 127.0.0.1:" + System.getProperty("it.otlp.port"), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
        }
        return shared;
    }

    /**
     * A receiver of its own, on a free port of 127.0.0.1: for a second server whose telemetry must not mix with the
     * shared receiver's. {@link #stop() Stop} it when done.
     */
    public static OtlpReceiver onFreePort() {
        try {
            return new OtlpReceiver(0);
        } catch (IOException e) {
            throw new UncheckedIOException("OTLP receiver could not bind a free port of 127.0.0.1", e);
        }
    }

    /** Where it listens: {@code http://127.0.0.1:<port>}, the exporters' OTLP endpoint. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void stop() {
        server.stop(0);
    }

    private interface PayloadHandler {
        void accept(byte[] body) throws IOException;
    }

    private void receive(HttpExchange exchange, PayloadHandler handler) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange);
            if (refused(exchange)) {
                return;
            }
            rawPayloads.add(body);
            handler.accept(body);
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException | RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private boolean refused(HttpExchange exchange) throws IOException {
        switch (fault) {
            case UNAVAILABLE -> exchange.sendResponseHeaders(503, -1);
            case THROTTLED -> {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(429, -1);
            }
            case SLOW -> {
                // Hangs while the fault lasts (at most SLOW_ANSWER): a collector that recovers answers what it holds.
                long until = System.nanoTime() + SLOW_ANSWER.toNanos();
                try {
                    while (fault == Fault.SLOW && System.nanoTime() < until) {
                        Thread.sleep(50);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            case NONE -> {
                return false;
            }
        }
        return true;
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        return in.readAllBytes();
    }

    public List<ResourceSpans> resourceSpans() {
        return List.copyOf(resourceSpans);
    }

    public List<ResourceMetrics> resourceMetrics() {
        return List.copyOf(resourceMetrics);
    }

    public List<ResourceLogs> resourceLogs() {
        return List.copyOf(resourceLogs);
    }

    /** The resource of every export received, spans, metrics and log records alike. */
    public List<Resource> resources() {
        return Stream.of(resourceSpans().stream().map(ResourceSpans::getResource),
                        resourceMetrics().stream().map(ResourceMetrics::getResource),
                        resourceLogs().stream().map(ResourceLogs::getResource))
                .flatMap(resources -> resources)
                .toList();
    }

    /** Every payload as received (decompressed), for scans that must not depend on decoding. */
    public List<byte[]> rawPayloads() {
        return List.copyOf(rawPayloads);
    }

    public List<Span> spans() {
        return resourceSpans.stream()
                .flatMap(rs -> rs.getScopeSpansList().stream())
                .flatMap(ss -> ss.getSpansList().stream())
                .toList();
    }

    public List<Span> spansOfTrace(String traceIdHex) {
        return spans().stream().filter(s -> traceIdHex(s).equals(traceIdHex)).toList();
    }

    /** A span with the name of the instrumentation scope that made it. */
    public record ScopedSpan(String scope, Span span) {
    }

    public List<ScopedSpan> scopedSpans() {
        return resourceSpans.stream()
                .flatMap(rs -> rs.getScopeSpansList().stream())
                .flatMap(ss -> ss.getSpansList().stream().map(span -> new ScopedSpan(ss.getScope().getName(), span)))
                .toList();
    }

    /**
     * One data point of a metric as exported, with the metric and its instrumentation scope: {@code number} for sums
     * and gauges, {@code histogram} for histograms (the other is null).
     */
    public record MetricPoint(String scope, Metric metric, List<KeyValue> attributes, NumberDataPoint number,
                              HistogramDataPoint histogram) {

        public Optional<String> attribute(String key) {
            return OtlpReceiver.attribute(attributes, key);
        }

        /** Whether every expected attribute is present with exactly that value (as {@link #asString} writes it). */
        public boolean has(Map<String, String> expected) {
            return hasAttributes(attributes, expected);
        }
    }

    /** Every data point received, of every metric, in the order received. */
    public List<MetricPoint> points() {
        return resourceMetrics.stream()
                .flatMap(rm -> rm.getScopeMetricsList().stream())
                .flatMap(sm -> sm.getMetricsList().stream().flatMap(m -> points(sm.getScope().getName(), m)))
                .toList();
    }

    /** Every data point received of the named metric, in the order received. */
    public List<MetricPoint> points(String metricName) {
        return points().stream().filter(p -> p.metric().getName().equals(metricName)).toList();
    }

    private static Stream<MetricPoint> points(String scope, Metric metric) {
        return switch (metric.getDataCase()) {
            case SUM -> metric.getSum().getDataPointsList().stream()
                    .map(p -> new MetricPoint(scope, metric, p.getAttributesList(), p, null));
            case GAUGE -> metric.getGauge().getDataPointsList().stream()
                    .map(p -> new MetricPoint(scope, metric, p.getAttributesList(), p, null));
            case HISTOGRAM -> metric.getHistogram().getDataPointsList().stream()
                    .map(p -> new MetricPoint(scope, metric, p.getAttributesList(), null, p));
            default -> Stream.empty();
        };
    }

    /** Returns once two more metric exports have arrived: every measurement made before is counted in them. */
    public void awaitMetricExports() {
        int exports = resourceMetrics().size();
        await("two more metric exports", () -> resourceMetrics().size() >= exports + 2 ? Optional.of(true) : Optional.empty());
    }

    /** Waits (bounded) until a point of the named metric carries all these attributes, and returns the first one. */
    public MetricPoint awaitPoint(String metricName, Map<String, String> attributes) {
        return awaitPoint(metricName + " point with " + attributes, metricName, p -> p.has(attributes));
    }

    /** Waits (bounded) until a point of the named metric matches, and returns the first one. */
    public MetricPoint awaitPoint(String description, String metricName, Predicate<MetricPoint> predicate) {
        return await(description, () -> points(metricName).stream().filter(predicate).findFirst());
    }

    /** Waits (bounded) until a span of that name carrying all these attributes has arrived, and returns it. */
    public Span awaitSpan(String name, Map<String, String> attributes) {
        return awaitSpan(name + " span with " + attributes,
                s -> s.getName().equals(name) && hasAttributes(s.getAttributesList(), attributes));
    }

    /** The span's first event of that name carrying all these attributes, if any. */
    public static Optional<Span.Event> event(Span span, String name, Map<String, String> attributes) {
        return span.getEventsList().stream()
                .filter(e -> e.getName().equals(name) && hasAttributes(e.getAttributesList(), attributes))
                .findFirst();
    }

    private static boolean hasAttributes(List<KeyValue> actual, Map<String, String> expected) {
        return expected.entrySet().stream().allMatch(e -> attribute(actual, e.getKey()).filter(e.getValue()::equals).isPresent());
    }

    public List<Metric> metrics() {
        return resourceMetrics.stream()
                .flatMap(rm -> rm.getScopeMetricsList().stream())
                .flatMap(sm -> sm.getMetricsList().stream())
                .toList();
    }

    public List<LogRecord> logRecords() {
        return resourceLogs.stream()
                .flatMap(rl -> rl.getScopeLogsList().stream())
                .flatMap(sl -> sl.getLogRecordsList().stream())
                .toList();
    }

    /** Waits (bounded) until a span matching the predicate has arrived, and returns it. */
    public Span awaitSpan(String description, Predicate<Span> predicate) {
        return await(description, () -> spans().stream().filter(predicate).findFirst());
    }

    /** Waits (bounded) until a metric of that name has arrived, and returns the latest one. */
    public Metric awaitMetric(String name) {
        return await("metric " + name, () -> {
            List<Metric> found = metrics().stream().filter(m -> m.getName().equals(name)).toList();
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
        });
    }

    /** Waits (bounded) until a log record matching the predicate has arrived, and returns it. */
    public LogRecord awaitLogRecord(String description, Predicate<LogRecord> predicate) {
        return await(description, () -> logRecords().stream().filter(predicate).findFirst());
    }

    public static <T> T await(String description, java.util.function.Supplier<Optional<T>> probe) {
        return await(description, Duration.ofSeconds(30), probe);
    }

    public static <T> T await(String description, Duration atMost, java.util.function.Supplier<Optional<T>> probe) {
        return Awaitility.await(description)
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(100))
                .until(probe::get, Optional::isPresent)
                .orElseThrow();
    }

    /** An id (trace, span, or a link's) in lower-case hex. */
    public static String hex(com.google.protobuf.ByteString id) {
        return HEX.formatHex(id.toByteArray());
    }

    public static String traceIdHex(Span span) {
        return HEX.formatHex(span.getTraceId().toByteArray());
    }

    public static String spanIdHex(Span span) {
        return HEX.formatHex(span.getSpanId().toByteArray());
    }

    public static String parentSpanIdHex(Span span) {
        return HEX.formatHex(span.getParentSpanId().toByteArray());
    }

    /** The attribute's value as a string (arrays joined with ","), if present. */
    public static Optional<String> attribute(List<KeyValue> attributes, String key) {
        return attributes.stream().filter(kv -> kv.getKey().equals(key)).findFirst().map(kv -> asString(kv.getValue()));
    }

    public static String asString(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case ARRAY_VALUE -> String.join(",", value.getArrayValue().getValuesList().stream().map(OtlpReceiver::asString).toList());
            default -> value.toString();
        };
    }
}
