package org.example.observable.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the OpenTelemetry exporters report when the collector fails, kept per signal for
 * {@code GET /api/telemetry/status}, and the log kept readable while it lasts: the SDK logs every failed export
 * (at most five a minute per exporter, each connection failure with a 30-line stack trace, all of it also queued
 * as OTLP log records for the collector that is failing). A filter on the exporters' loggers keeps their records
 * out of the log and writes, under this class's name, each signal's first failure, then at most one line per
 * {@link #LOG_INTERVAL_SECONDS} with the count of the failures in between; never a stack trace. The exact count
 * of what was lost is the SDK's {@code otlp.exporter.exported{success=false}} metric.
 */
@ApplicationScoped
public class ExportFailures {

    private static final Logger LOG = Logger.getLogger(ExportFailures.class.getName());
    static final long LOG_INTERVAL_SECONDS = 60;
    /** The SDK's exporters log through these (OTLP over HTTP and gRPC). */
    private static final List<String> EXPORTER_LOGGERS = List.of(
            "io.opentelemetry.exporter.internal.http.HttpExporter",
            "io.opentelemetry.exporter.internal.grpc.GrpcExporter");
    private static final Pattern SIGNAL = Pattern.compile("Failed to export (\\w+)");

    /** The last failure an exporter reported for one signal, and how many it reported. */
    public record Failure(Instant lastFailureAt, String lastError, long failuresReported) {
    }

    private final Map<String, Signal> signals = new ConcurrentHashMap<>();
    // JUL keeps loggers weakly: these strong references keep the filtered ones (and their filter) alive.
    private List<Logger> filtered = List.of();

    void install(@Observes @Initialized(ApplicationScoped.class) Object start) {
        filtered = EXPORTER_LOGGERS.stream().map(Logger::getLogger).toList();
        filtered.forEach(logger -> logger.setFilter(this::loggable));
    }

    void uninstall(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stop) {
        filtered.forEach(logger -> logger.setFilter(null));
        filtered = List.of();
    }

    /** Per signal ({@code spans}, {@code metrics}, {@code logs}), only those that failed since the start. */
    public Map<String, Failure> bySignal() {
        Map<String, Failure> failures = new TreeMap<>();
        signals.forEach((name, signal) -> failures.put(name, signal.snapshot()));
        return failures;
    }

    boolean loggable(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return true;
        }
        Matcher signal = SIGNAL.matcher(message);
        if (!signal.find()) {
            return true;
        }
        long notLogged = signals.computeIfAbsent(signal.group(1), s -> new Signal())
                .failed(record.getSequenceNumber(), message);
        if (notLogged >= 0) {
            LOG.warning(message + (notLogged > 0 ? " (" + notLogged + " more export failures of " + signal.group(1)
                    + " since the last line of this kind)" : ""));
        }
        // The exporter's own record (with its stack trace) is replaced by the line above, or by nothing.
        return false;
    }

    private static final class Signal {
        private long reported;
        private long notLogged;
        private long loggedAtNanos;
        private boolean everLogged;
        private Instant lastFailureAt;
        private String lastError;
        private long lastRecord = -1;
        private long lastDecision;

        /**
         * Returns -1 when this failure is not to be logged, else the number of failures not logged before it. The
         * same record may be filtered more than once on its way through Liberty's logger: it is counted once.
         */
        synchronized long failed(long record, String message) {
            if (record == lastRecord) {
                return lastDecision;
            }
            lastRecord = record;
            lastDecision = decide(message);
            return lastDecision;
        }

        private long decide(String message) {
            reported++;
            lastFailureAt = Instant.now();
            lastError = message;
            long now = System.nanoTime();
            if (everLogged && now - loggedAtNanos < TimeUnit.SECONDS.toNanos(LOG_INTERVAL_SECONDS)) {
                notLogged++;
                return -1;
            }
            everLogged = true;
            loggedAtNanos = now;
            long skipped = notLogged;
            notLogged = 0;
            return skipped;
        }

        synchronized Failure snapshot() {
            return new Failure(lastFailureAt, lastError, reported);
        }
    }
}
