import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-rate (open model) load: sends GET requests at the given rate whatever the server's speed and measures each
 * latency from the moment the request was due, so a stalled server shows in the percentiles (no coordinated
 * omission, unlike a closed-loop tool at saturation). Bounded: stops after the given seconds plus a 10 s grace.
 * Run: java bench/FixedRateLoad.java URL RATE_PER_SECOND SECONDS BEARER_TOKEN
 * Prints: RESULT requests=N non2xx=N errors=N p50=us p95=us p99=us max=us late=N (late: not answered in time)
 */
public class FixedRateLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + args[3])
                .timeout(Duration.ofSeconds(10)).GET().build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).build();
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
        long[] done = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        System.out.printf("RESULT requests=%d duration_us=%d non2xx=%d errors=%d p50=%d p95=%d p99=%d max=%d late=%d%n",
                done.length, seconds * 1_000_000L, non2xx.get(), errors.get(), percentile(done, 50), percentile(done, 95),
                percentile(done, 99), done.length == 0 ? 0 : done[done.length - 1], all ? 0 : late);
        System.exit(0);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
