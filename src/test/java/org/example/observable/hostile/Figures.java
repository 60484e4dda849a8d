package org.example.observable.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the hostile-input tests sent and what came back, per category: requests, statuses seen, time spent. Written
 * to {@code target/hostile-input-figures.md} when the test JVM ends, for docs/reliability.md.
 */
final class Figures {

    private static final Map<String, Map<Integer, AtomicLong>> STATUSES = new ConcurrentSkipListMap<>();
    private static final Map<String, AtomicLong> NANOS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Figures::write));
    }

    private Figures() {
    }

    static void record(String category, int status, long nanos) {
        STATUSES.computeIfAbsent(category, c -> new ConcurrentSkipListMap<>())
                .computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        NANOS.computeIfAbsent(category, c -> new AtomicLong()).addAndGet(nanos);
    }

    static long requests(String category) {
        return STATUSES.getOrDefault(category, Map.of()).values().stream().mapToLong(AtomicLong::get).sum();
    }

    private static void write() {
        StringBuilder table = new StringBuilder("| Category | Requests | Statuses seen | Time (s) |\n|---|---:|---|---:|\n");
        long total = 0;
        long totalNanos = 0;
        for (var category : new TreeMap<>(STATUSES).entrySet()) {
            long requests = category.getValue().values().stream().mapToLong(AtomicLong::get).sum();
            long nanos = NANOS.getOrDefault(category.getKey(), new AtomicLong()).get();
            total += requests;
            totalNanos += nanos;
            StringBuilder statuses = new StringBuilder();
            category.getValue().forEach((status, count) -> statuses.append(statuses.isEmpty() ? "" : ", ")
                    .append(status).append(" x").append(count.get()));
            table.append("| ").append(category.getKey()).append(" | ").append(requests).append(" | ").append(statuses)
                    .append(" | ").append(String.format("%.1f", nanos / 1e9)).append(" |\n");
        }
        table.append("| **all** | ").append(total).append(" | | ").append(String.format("%.1f", totalNanos / 1e9)).append(" |\n");
        try {
            Files.writeString(Path.of("target", "hostile-input-figures.md"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
