import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-rate (open model) load: sends GET requests at the given rate whatever the server's speed and measures each
 * latency from the moment the request was due, so a stalled server shows in the percentiles (no coordinated
 * omission, unlike a closed-loop tool at saturation). Bounded: stops after the given seconds plus a 10 s grace.
 * Run: java bench/FixedRateLoad.java URL RATE_PER_SECOND SECONDS BEARER_TOKEN [WARM_UP_REQUESTS GO_FILE]
 * With WARM_UP_REQUESTS this JVM warms itself up first: that many requests, four at a time, then 6 s of quiet
 * (SETTLE_MILLIS) so the server's export of their spans is over; it prints "WARMED" and waits (at most 5 minutes) until
 * GO_FILE exists before the measured requests start, so the caller can take its before-readings in between. Without
 * it the first seconds run through a cold HTTP client: a p95 of 43-58 ms in the first second, and half of a 20 s
 * phase's slowest 5% in its first 5 seconds (docs/performance.md).
 * FIXED_RATE_LATENCIES=FILE (environment) appends every measured request's latency to FILE (bench/fixed-rate-seconds.py).
 * Prints: RESULT requests=N non2xx=N errors=N p50=us p95=us p99=us max=us late=N (late: not answered in time)
 */
public class FixedRateLoad {

    /** The server's span processor sends a batch at least every 5 s (OTEL_BSP_SCHEDULE_DELAY). */
    private static final long SETTLE_MILLIS = 6_000;

    /** Requests in flight during the warm-up: a few, so that it is short; the server is warm already. */
    private static final int WARM_UP_IN_FLIGHT = 4;

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + args[3])
                .timeout(Duration.ofSeconds(10)).GET().build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).build();
        if (args.length > 5) {
            warmUp(client, request, Integer.parseInt(args[4]));
            Thread.sleep(SETTLE_MILLIS);
            System.out.println("WARMED");
            System.out.flush();
            Path go = Path.of(args[5]);
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!Files.exists(go)) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("no " + go + " within 5 minutes");
                }
                Thread.sleep(10);
            }
        }
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger non2xx = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(total);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        for (int i = 0; i < total; i++) {
            int index = i;
            long due = start + i * intervalNanos;
            scheduler.schedule(() -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies[index] = (System.nanoTime() - due) / 1_000;
                        if (failure != null) {
                            errors.incrementAndGet();
                        } else if (response.statusCode() / 100 != 2) {
                            non2xx.incrementAndGet();
                        }
                        finished.countDown();
                    }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        boolean all = finished.await(seconds + 10L, TimeUnit.SECONDS);
        scheduler.shutdownNow();
        long late = finished.getCount();
        String dump = System.getenv("FIXED_RATE_LATENCIES");
        if (dump != null) {   // in the order the requests were due, 0 for one not answered in time
            try (var out = new java.io.PrintWriter(new java.io.FileWriter(dump, true))) {
                out.println("# " + uri + " " + rate + "/s");
                Arrays.stream(latencies).forEach(out::println);
            }
        }
        long[] done = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        System.out.printf("RESULT requests=%d duration_us=%d non2xx=%d errors=%d p50=%d p95=%d p99=%d max=%d late=%d%n",
                done.length, seconds * 1_000_000L, non2xx.get(), errors.get(), percentile(done, 50), percentile(done, 95),
                percentile(done, 99), done.length == 0 ? 0 : done[done.length - 1], all ? 0 : late);
        System.exit(0);
    }

    /** Closed-loop requests until the client's own code is compiled; their answers are not counted. */
    private static void warmUp(HttpClient client, HttpRequest request, int requests) throws InterruptedException {
        Semaphore inFlight = new Semaphore(WARM_UP_IN_FLIGHT);
        for (int i = 0; i < requests; i++) {
            inFlight.acquire();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> inFlight.release());
        }
        if (!inFlight.tryAcquire(WARM_UP_IN_FLIGHT, 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("warm-up requests still unanswered after 30 s");
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
