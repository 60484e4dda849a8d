package org.example.observable.telemetry.db;

import static org.example.observable.telemetry.TelemetryAttributes.DB_CLIENT_CONNECTION_POOL_NAME;
import static org.example.observable.telemetry.TelemetryAttributes.DB_CLIENT_CONNECTION_STATE;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import org.example.observable.telemetry.ObservedCount;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.telemetry.WithoutExemplar;

/**
 * The connection pool as the semantic conventions describe one ({@code db.client.connection.*}), measured where the
 * persistence unit takes its connections and gives them back: how long it waited for one, how long it held it, how
 * many it holds and how many requests wait, how many gave up. Instruments and attribute sets are built once, so a
 * connection costs two clock reads, two histogram recordings (without exemplars) and four {@link ObservedCount}
 * additions (the counts of held connections and waiting requests are read when the metrics are collected).
 * <p>
 * It replaces Liberty's ConnectionPool monitor ({@code io.openliberty.connection_pool.*}), whose telemetry adapter
 * builds two histogram instruments on every connection release (and records a wait of zero for each, until the pool
 * has made a request wait once): 4.3% of a read's CPU samples and 3.3 KiB of its allocation, where this class
 * takes about 1% (docs/performance.md).
 */
final class ConnectionPoolMetrics {

    /**
     * What Liberty throws when no connection frees up within the pool's {@code connectionTimeout} (J2CA0045E): a
     * {@code SQLTransientConnectionException} of this name; other connection failures (PostgreSQL away) are not
     * timeouts of the pool. By name, as {@code platform.DatabaseUnavailableException} recognises it: the class is Liberty's.
     */
    private static final String POOL_TIMEOUT = "ConnectionWaitTimeoutException";

    /** The semantic conventions' advice for connection wait and use times, in seconds. */
    private static final List<Double> TIME_BUCKETS =
            List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0);

    private static final double NANOS_PER_SECOND = 1e9;

    private final ObservedCount connectionsHeld;
    private final ObservedCount requestsWaiting;
    private final LongCounter timeouts;
    private final DoubleHistogram waitTime;
    private final DoubleHistogram useTime;
    private final Attributes pool;
    private final LongSupplier nanoTime;

    /**
     * @param poolName       the pool's JNDI name ({@code db.client.connection.pool.name})
     * @param maxConnections the pool's {@code maxPoolSize}, reported as {@code db.client.connection.max} when known
     */
    ConnectionPoolMetrics(Meter meter, String poolName, OptionalInt maxConnections, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        pool = Attributes.of(DB_CLIENT_CONNECTION_POOL_NAME, poolName);
        // Every count is exported from the start (a zero, not a gap), so that dashboards and alerts see the pool
        // before its first use.
        connectionsHeld = ObservedCount.reportedFromTheStart(
                Attributes.of(DB_CLIENT_CONNECTION_POOL_NAME, poolName, DB_CLIENT_CONNECTION_STATE, "used"));
        requestsWaiting = ObservedCount.reportedFromTheStart(pool);
        meter.upDownCounterBuilder(TelemetryNames.DB_CLIENT_CONNECTION_COUNT)
                .setDescription("The number of connections the application holds (state used).")
                .setUnit("{connection}")
                .buildWithCallback(connectionsHeld::reportTo);
        meter.upDownCounterBuilder(TelemetryNames.DB_CLIENT_CONNECTION_PENDING_REQUESTS)
                .setDescription("The number of requests waiting for a connection.")
                .setUnit("{request}")
                .buildWithCallback(requestsWaiting::reportTo);
        timeouts = meter.counterBuilder(TelemetryNames.DB_CLIENT_CONNECTION_TIMEOUTS)
                .setDescription("The number of requests that got no connection within the pool's connection timeout.")
                .setUnit("{timeout}")
                .build();
        waitTime = secondsHistogram(meter, TelemetryNames.DB_CLIENT_CONNECTION_WAIT_TIME,
                "The time it took to obtain a connection from the pool.");
        useTime = secondsHistogram(meter, TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME,
                "The time between obtaining a connection and giving it back to the pool.");
        timeouts.add(0, pool);
        maxConnections.ifPresent(max -> meter.upDownCounterBuilder(TelemetryNames.DB_CLIENT_CONNECTION_MAX)
                .setDescription("The maximum number of connections the pool allows.")
                .setUnit("{connection}")
                .buildWithCallback(measurement -> measurement.record(max, pool)));
    }

    private static DoubleHistogram secondsHistogram(Meter meter, String name, String description) {
        return meter.histogramBuilder(name).setDescription(description).setUnit("s")
                .setExplicitBucketBoundariesAdvice(TIME_BUCKETS).build();
    }

    /** What hands out a connection: the pool, seen through any other wrapper. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection get() throws SQLException;
    }

    /** What the caller makes of a connection the pool handed out at {@code obtainedAt}; it calls {@link #givenBack} on close. */
    @FunctionalInterface
    interface Holder {
        Connection hold(Connection connection, long obtainedAt) throws SQLException;
    }

    /**
     * A connection from {@code source}, its wait measured, counted as held until {@link #givenBack}, as {@code holder}
     * makes it.
     */
    Connection obtain(ConnectionSource source, Holder holder) throws SQLException {
        long askedAt = nanoTime.getAsLong();
        requestsWaiting.increment();
        Connection connection;
        try {
            connection = source.get();
        } catch (SQLException e) {
            if (e instanceof SQLTransientConnectionException && e.getClass().getSimpleName().equals(POOL_TIMEOUT)) {
                timeouts.add(1, pool);
            }
            throw e;
        } finally {
            requestsWaiting.decrement();
        }
        long obtainedAt = nanoTime.getAsLong();
        waitTime.record(seconds(obtainedAt - askedAt), pool, WithoutExemplar.CONTEXT);
        connectionsHeld.increment();
        return holder.hold(connection, obtainedAt);
    }

    /** The connection obtained at {@code obtainedAt} is back in the pool: called once per connection. */
    void givenBack(long obtainedAt) {
        connectionsHeld.decrement();
        useTime.record(seconds(nanoTime.getAsLong() - obtainedAt), pool, WithoutExemplar.CONTEXT);
    }

    private static double seconds(long nanos) {
        return nanos / NANOS_PER_SECOND;
    }
}
