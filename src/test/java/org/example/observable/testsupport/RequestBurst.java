package org.example.observable.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A bounded load for the fault tests: a fixed number of requests from a few threads, each request with its own
 * timeout, the whole burst with a deadline. Every answer is kept (status, latency, body) so a test can say what
 * happened to each request, not only how many failed.
 */
public final class RequestBurst {

    /** One request's fate: {@code status} 0 when no answer came (connection refused, timeout). */
    public record Outcome(int index, int status, long startedNanos, long latencyNanos, String body) {

        public double latencyMillis() {
            return latencyNanos / 1e6;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private RequestBurst() {
    }

    /** A request to the server under test, with JSON content type and, if given, a bearer token. */
    public static HttpRequest.Builder to(String method, String path, String token, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(ServiceUnderTest.baseUri() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Sends {@code count} requests ({@code request} builds the i-th) from {@code threads} threads; at most 2 minutes. */
    public static List<Outcome> run(int count, int threads, IntFunction<HttpRequest> request) {
        return run(count, threads, 0, () -> false, request);
    }

    /**
     * Sends requests at a steady rate ({@code perSecond} in all, each due at its own moment whether or not earlier
     * ones have been answered, as long as a thread is free) until {@code stop} says so or {@code maxCount} were sent.
     */
    public static List<Outcome> paced(int maxCount, int threads, int perSecond, BooleanSupplier stop,
                                      IntFunction<HttpRequest> request) {
        return run(maxCount, threads, perSecond, stop, request);
    }

    private static List<Outcome> run(int count, int threads, int perSecond, BooleanSupplier stop,
                                     IntFunction<HttpRequest> request) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long begin = System.nanoTime();
        List<Future<List<Outcome>>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                List<Outcome> outcomes = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < count && !stop.getAsBoolean(); i = next.getAndIncrement()) {
                    if (perSecond > 0) {
                        long due = begin + i * 1_000_000_000L / perSecond;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    outcomes.add(send(i, request.apply(i)));
                }
                return outcomes;
            }));
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                pool.shutdownNow();
                throw new AssertionError("the burst of " + count + " requests did not end within 2 minutes");
            }
            List<Outcome> all = new ArrayList<>();
            for (Future<List<Outcome>> worker : workers) {
                all.addAll(worker.get());
            }
            all.sort(Comparator.comparingInt(Outcome::index));
            return all;
        } catch (Exception e) {
            throw new AssertionError("burst failed", e);
        }
    }

    private static Outcome send(int index, HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(index, response.statusCode(), started, System.nanoTime() - started, response.body());
        } catch (IOException e) {
            return new Outcome(index, 0, started, System.nanoTime() - started, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(index, 0, started, System.nanoTime() - started, e.toString());
        }
    }

    /** The latency below which {@code percent} % of the outcomes lie (nearest rank), in milliseconds. */
    public static double percentileMillis(List<Outcome> outcomes, double percent) {
        double[] sorted = outcomes.stream().mapToDouble(Outcome::latencyMillis).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** How many outcomes had each status, e.g. {200=300} or {201=40, 503=12}. */
    public static Map<Integer, Long> statusCounts(List<Outcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Outcome::status, java.util.TreeMap::new, Collectors.counting()));
    }
}
