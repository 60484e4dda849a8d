import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenTelemetry SDK's own cost for what docs/telemetry.md promises of one read ({@code GET /api/posts/{id}}),
 * without Liberty, JAX-RS, JDBC or any instrumentation library around it: the SERVER span with Liberty's and our
 * attributes, its JDBC CLIENT child with the read's statement, the four histogram recordings a read makes
 * ({@code http.server.request.duration}, {@code http.server.response.body.size}, the pool's wait and use times),
 * exported as the service exports them (batch span processor with the production settings of server.env, OTLP
 * http/protobuf through the SDK's OkHttp sender, SDK 1.48.0 as Liberty 26.0.0.3 bundles it). The same loop with
 * {@code OpenTelemetry.noop()} is the baseline: the difference is the least any implementation built on this SDK
 * can add to a read, a floor under the service's measured overhead (docs/performance.md).
 * <p>
 * Paced at a fixed rate (the benchmark's saturated read rate by default), so the batch processor sees the queue it
 * sees in the service and drops nothing; every span is checked at the receiver.
 * Run: bench/sdk-floor.sh (class path, receiver, both modes). Args: MODE(sdk|noop) RECEIVER_URL RATE THREADS
 * WARMUP_SECONDS SECONDS
 * Prints: RESULT mode=... reads=N cpu_us=... request_us=... bsp_us=... okhttp_us=... other_java_us=... vm_us=...
 * alloc_bytes=... spans=... span_bytes=... (each per read) young_gcs=N gc_ms=N threads_gone=N (in the measured run)
 */
public class SdkFloor {

    private static final String USER_AGENT = "wrk";
    private static final String SQL = "SELECT t1.ID, t1.BODY, t1.created_at, t1.TITLE, t1.OWNER_ID, t0.ID, "
            + "t0.created_at, t0.EMAIL, t0.password_hash, (SELECT COUNT(t2.ID) FROM votes t2 WHERE (t2.POST_ID = t1.ID))"
            + " FROM users t0, posts t1 WHERE ((t1.ID = ?) AND (t0.ID = t1.OWNER_ID))";
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> SCHEME = AttributeKey.stringKey("url.scheme");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    private static final AttributeKey<String> AGENT = AttributeKey.stringKey("user_agent.original");
    private static final AttributeKey<String> PROTOCOL = AttributeKey.stringKey("network.protocol.version");
    private static final AttributeKey<String> ENDUSER = AttributeKey.stringKey("enduser.id");
    private static final AttributeKey<List<String>> AGENT_HEADER = AttributeKey.stringArrayKey(
            "http.request.header.user-agent");
    private static final Attributes DB_SPAN = Attributes.builder()
            .put("db.system", "postgresql").put("db.name", "observable").put("db.statement", SQL)
            .put("db.operation", "SELECT").put("db.sql.table", "users")
            .put("db.connection_string", "postgresql://127.0.0.1:55432")
            .put(SERVER_ADDRESS, "127.0.0.1").put(SERVER_PORT, 55432L).build();
    private static final Attributes DURATION = Attributes.builder().put(METHOD, "GET").put(ROUTE, "/api/posts/{id}")
            .put(STATUS, 200L).put(SCHEME, "http").put(PROTOCOL, "1.1").build();
    private static final Attributes BODY_SIZE = Attributes.builder().put(METHOD, "GET")
            .put(ROUTE, "/api/posts/{id}").put(STATUS, 200L).put(SCHEME, "http").build();
    private static final Attributes POOL = Attributes.of(AttributeKey.stringKey("db.client.connection.pool.name"),
            "jdbc/appDb");
    private static final String[] PATHS = new String[1000];
    /** One client for the receiver's counters: its threads live as long as the run's. */
    private static final HttpClient RECEIVER_CLIENT = HttpClient.newHttpClient();

    static {
        for (int i = 0; i < PATHS.length; i++) {
            PATHS[i] = "/api/posts/" + (i + 1);
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String receiver = args[1];
        int rate = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int warmupSeconds = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);

        OpenTelemetrySdk sdk = "sdk".equals(mode) ? sdk(receiver) : null;
        OpenTelemetry openTelemetry = sdk != null ? sdk : OpenTelemetry.noop();
        Tracer tracer = openTelemetry.getTracer("io.openliberty.microprofile.telemetry");
        Meter meter = openTelemetry.getMeter("org.example.observable");
        Read read = new Read(tracer, meter.histogramBuilder("http.server.request.duration").setUnit("s").build(),
                meter.histogramBuilder("http.server.response.body.size").setUnit("By").ofLongs().build(),
                meter.histogramBuilder("db.client.connection.wait_time").setUnit("s").build(),
                meter.histogramBuilder("db.client.connection.use_time").setUnit("s").build());

        run(read, rate, threads, warmupSeconds);
        flush(sdk);
        Map<String, Long> countsBefore = counts(receiver);
        Snapshot before = Snapshot.take();
        RequestThreads requests = run(read, rate, threads, seconds);
        long reads = requests.reads;
        flush(sdk);
        Snapshot after = Snapshot.take();
        Map<String, Long> countsAfter = counts(receiver);
        if (sdk != null) {
            sdk.close();
        }

        double spans = (countsAfter.get("items") - countsBefore.get("items")) / (double) reads;
        double spanBytes = (countsAfter.get("bytes") - countsBefore.get("bytes")) / (double) reads;
        Map<String, Long> cpu = after.cpuByGroup(before);
        cpu.put("request", requests.cpu);
        long javaCpu = cpu.values().stream().mapToLong(Long::longValue).sum();
        long processCpu = after.processCpu - before.processCpu;
        System.out.printf("RESULT mode=%s reads=%d cpu_us=%.2f request_us=%.2f bsp_us=%.2f okhttp_us=%.2f "
                        + "other_java_us=%.2f vm_us=%.2f alloc_bytes=%.0f spans=%.3f span_bytes=%.0f young_gcs=%d "
                        + "gc_ms=%d threads_gone=%d%n",
                mode, reads, us(processCpu, reads), us(cpu.getOrDefault("request", 0L), reads),
                us(cpu.getOrDefault("bsp", 0L), reads), us(cpu.getOrDefault("okhttp", 0L), reads),
                us(cpu.getOrDefault("other", 0L), reads), us(processCpu - javaCpu, reads),
                (after.allocated(before) + requests.allocated) / (double) reads, spans, spanBytes, after.gcs - before.gcs,
                after.gcMillis - before.gcMillis, after.gone(before));
        if (sdk != null && spans != 2.0) {
            // A dropped span is work not done: the figures would understate the floor.
            System.err.println("expected 2 spans a read at the receiver, got " + spans);
            System.exit(1);
        }
    }

    private static OpenTelemetrySdk sdk(String receiver) {
        // server.env's production values: batches of 2048 from a queue of 8192, 5 s delay; metrics every 60 s.
        Resource resource = Resource.getDefault().merge(Resource.create(Attributes.builder()
                .put("service.name", "observable-service").put("service.version", "1.0.0-SNAPSHOT")
                .put("service.namespace", "observable").put("deployment.environment.name", "production").build()));
        SdkTracerProvider tracerProvider = SdkTracerProvider.builder().setResource(resource)
                .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                                .setEndpoint(receiver + "/v1/traces").build())
                        .setMaxQueueSize(8192).setMaxExportBatchSize(2048)
                        .setScheduleDelay(Duration.ofMillis(5000)).setExporterTimeout(Duration.ofSeconds(30)).build())
                .build();
        SdkMeterProvider meterProvider = SdkMeterProvider.builder().setResource(resource)
                .registerMetricReader(PeriodicMetricReader.builder(OtlpHttpMetricExporter.builder()
                        .setEndpoint(receiver + "/v1/metrics").build()).setInterval(Duration.ofSeconds(60)).build())
                .build();
        return OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).setMeterProvider(meterProvider).build();
    }

    /** One read's telemetry, in the order the service makes it. */
    private record Read(Tracer tracer, DoubleHistogram duration, LongHistogram bodySize, DoubleHistogram waitTime,
                        DoubleHistogram useTime) {

        void once(int n) {
            long start = System.nanoTime();
            // Liberty's servlet filter: the SERVER span with the request's attributes, named by the route later.
            Span server = tracer.spanBuilder("GET").setSpanKind(SpanKind.SERVER).setAttribute(METHOD, "GET")
                    .setAttribute(SCHEME, "http").setAttribute(PATH, PATHS[n % PATHS.length])
                    .setAttribute(SERVER_ADDRESS, "127.0.0.1").setAttribute(SERVER_PORT, 9080L)
                    .setAttribute(AGENT, USER_AGENT).setAttribute(PROTOCOL, "1.1").startSpan();
            try (Scope ignored = server.makeCurrent()) {
                // Ours: the captured header and the user.
                server.setAttribute(AGENT_HEADER, List.of(USER_AGENT));
                server.setAttribute(ENDUSER, "1");
                // The pool: a connection taken; the statement's CLIENT span; the connection given back.
                long obtained = System.nanoTime();
                waitTime.record((obtained - start) / 1e9, POOL);
                Span statement = tracer.spanBuilder("SELECT observable.users").setSpanKind(SpanKind.CLIENT)
                        .setAllAttributes(DB_SPAN).startSpan();
                statement.end();
                useTime.record((System.nanoTime() - obtained) / 1e9, POOL);
                // The route and status, then our body size.
                server.updateName("GET /api/posts/{id}");
                server.setAttribute(ROUTE, "/api/posts/{id}");
                server.setAttribute(STATUS, 200L);
                bodySize.record(180, BODY_SIZE);
            }
            server.end();
            // Liberty's HTTP monitor, after the request.
            duration.record((System.nanoTime() - start) / 1e9, DURATION);
        }
    }

    /** What the request threads of one run did: each counts its own CPU and bytes, since it ends with the run. */
    private record RequestThreads(long reads, long cpu, long allocated) {
    }

    private static RequestThreads run(Read read, int rate, int threads, int seconds) throws InterruptedException {
        // In bursts every 10 ms: a wake-up per read would cost the loop more CPU than the telemetry it measures.
        long burstNanos = TimeUnit.MILLISECONDS.toNanos(10);
        int perBurst = Math.max(1, rate / 100 / threads);
        long perThread = (long) rate * seconds / threads / perBurst * perBurst;
        CountDownLatch done = new CountDownLatch(threads);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        LongAdder cpu = new LongAdder();
        LongAdder allocated = new LongAdder();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                long cpuAtStart = mx.getCurrentThreadCpuTime();
                long allocatedAtStart = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
                long next = System.nanoTime();
                for (long i = 0; i < perThread; i++) {
                    if (i % perBurst == 0) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        next += burstNanos;
                    }
                    read.once((int) (i * threads + offset));
                }
                cpu.add(mx.getCurrentThreadCpuTime() - cpuAtStart);
                allocated.add(mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocatedAtStart);
                done.countDown();
            }, "floor-request-" + t);
            thread.start();
        }
        done.await();
        return new RequestThreads(perThread * threads, cpu.sum(), allocated.sum());
    }

    private static void flush(OpenTelemetrySdk sdk) {
        if (sdk != null) {
            sdk.getSdkTracerProvider().forceFlush().join(30, TimeUnit.SECONDS);
        }
    }

    /** The receiver's span counters (bench/otlp-receiver.py, GET /counts). */
    private static Map<String, Long> counts(String receiver) throws Exception {
        String body = RECEIVER_CLIENT.send(HttpRequest.newBuilder(URI.create(receiver + "/counts")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher traces = Pattern.compile("\"traces\":\\s*\\{([^}]*)\\}").matcher(body);
        Map<String, Long> counts = new HashMap<>(Map.of("items", 0L, "bytes", 0L));
        if (traces.find()) {
            Matcher field = Pattern.compile("\"(\\w+)\":\\s*(\\d+)").matcher(traces.group(1));
            while (field.find()) {
                counts.put(field.group(1), Long.parseLong(field.group(2)));
            }
        }
        return counts;
    }

    private static double us(long nanos, long reads) {
        return nanos / 1000.0 / reads;
    }

    /** CPU and allocation of every live thread, the process's CPU and the collectors' counts, at one moment. */
    private record Snapshot(long processCpu, Map<Long, String> names, Map<Long, Long> cpu, Map<Long, Long> allocated,
                            long gcs, long gcMillis) {

        static Snapshot take() {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                    .getThreadMXBean();
            Map<Long, String> names = new HashMap<>();
            Map<Long, Long> cpu = new HashMap<>();
            Map<Long, Long> allocated = new HashMap<>();
            for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null) {
                    long id = info.getThreadId();
                    names.put(id, info.getThreadName());
                    cpu.put(id, threads.getThreadCpuTime(id));
                    allocated.put(id, threads.getThreadAllocatedBytes(id));
                }
            }
            long gcs = 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc.getName().contains("Young")) {
                    gcs += gc.getCollectionCount();
                    gcMillis += gc.getCollectionTime();
                }
            }
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new Snapshot(process, names, cpu, allocated, gcs, gcMillis);
        }

        /** CPU since {@code before} by thread group; threads started since count from zero. */
        Map<String, Long> cpuByGroup(Snapshot before) {
            Map<String, Long> groups = new HashMap<>();
            cpu.forEach((id, nanos) -> groups.merge(group(names.get(id)), nanos - before.cpu.getOrDefault(id, 0L),
                    Long::sum));
            return groups;
        }

        long allocated(Snapshot before) {
            return allocated.entrySet().stream()
                    .mapToLong(e -> e.getValue() - before.allocated.getOrDefault(e.getKey(), 0L)).sum();
        }

        /** Threads of {@code before} that ended meanwhile (their CPU and allocation are missing from the figures). */
        long gone(Snapshot before) {
            return before.names.entrySet().stream().filter(e -> !names.containsKey(e.getKey()))
                    .peek(e -> System.err.println("thread gone during the run: " + e.getValue())).count();
        }

        private static String group(String name) {
            if (name.startsWith("floor-request-")) {
                return "request";
            }
            if (name.startsWith("BatchSpanProcessor")) {
                return "bsp";
            }
            if (name.toLowerCase().contains("okhttp")) {
                return "okhttp";
            }
            return "other";
        }
    }
}
