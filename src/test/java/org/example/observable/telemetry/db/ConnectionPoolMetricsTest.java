package org.example.observable.telemetry.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.example.observable.telemetry.TelemetryNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool's db.client.connection.* metrics, exactly, for every way a connection can be asked for and given back. */
class ConnectionPoolMetricsTest {

    private static final String POOL = "jdbc/appDb";
    private static final Attributes OF_THE_POOL =
            Attributes.of(AttributeKey.stringKey(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME), POOL);
    private static final Attributes USED = OF_THE_POOL.toBuilder()
            .put(AttributeKey.stringKey(TelemetryNames.DB_CLIENT_CONNECTION_STATE), "used").build();
    private static final long MILLISECOND = 1_000_000L;

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final SdkMeterProvider meterProvider = SdkMeterProvider.builder().registerMetricReader(reader).build();
    private final AtomicLong nanos = new AtomicLong(1_000 * MILLISECOND);
    private final ConnectionPoolMetrics metrics = new ConnectionPoolMetrics(meterProvider.get("test"), POOL,
            OptionalInt.of(20), nanos::get);
    private final AtomicInteger closes = new AtomicInteger();

    @AfterEach
    void closeProvider() {
        meterProvider.close();
    }

    @Test
    void beforeAnyConnectionEveryCountIsZeroAndTheMaximumIsThePoolSize() {
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_COUNT, USED));
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_PENDING_REQUESTS, OF_THE_POOL));
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_TIMEOUTS, OF_THE_POOL));
        assertEquals(20, value(TelemetryNames.DB_CLIENT_CONNECTION_MAX, OF_THE_POOL));
        assertEquals(Optional.empty(), histogram(TelemetryNames.DB_CLIENT_CONNECTION_WAIT_TIME));
    }

    @Test
    void theWaitAndUseTimesCarryNoExemplarEvenInASampledRequest() throws SQLException {
        SdkTracerProvider tracing = SdkTracerProvider.builder().build();
        Span request = tracing.get("test").spanBuilder("GET /api/posts/{id}").startSpan();
        try (Scope inTheRequest = request.makeCurrent()) {
            metrics.obtain(this::fakeConnection, this::observed).close();
            meterProvider.get("test").histogramBuilder("control").build().record(1.0);
        } finally {
            request.end();
            tracing.close();
        }

        // One collection: each one hands the exemplars kept since the last over and starts afresh.
        Map<String, Integer> exemplars = reader.collectAllMetrics().stream().collect(Collectors.toMap(MetricData::getName,
                m -> m.getHistogramData().getPoints().stream().mapToInt(p -> p.getExemplars().size()).sum()));
        assertEquals(0, exemplars.get(TelemetryNames.DB_CLIENT_CONNECTION_WAIT_TIME));
        assertEquals(0, exemplars.get(TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME));
        assertEquals(1, exemplars.get("control"), "a histogram recorded in the request's context gets one: the SDK's filter is trace_based");
    }

    @Test
    void aHeldConnectionIsUsedUntilClosedWithItsWaitAndUseTimeRecorded() throws SQLException {
        Connection connection = metrics.obtain(() -> {
            nanos.addAndGet(3 * MILLISECOND);
            return fakeConnection();
        }, this::observed);
        assertEquals(1, value(TelemetryNames.DB_CLIENT_CONNECTION_COUNT, USED));
        assertHistogram(TelemetryNames.DB_CLIENT_CONNECTION_WAIT_TIME, 1, 0.003);
        assertEquals(Optional.empty(), histogram(TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME), "not given back yet");

        nanos.addAndGet(40 * MILLISECOND);
        connection.close();
        connection.close();

        assertEquals(2, closes.get(), "every close reaches the pool's connection");
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_COUNT, USED), "given back once, counted back once");
        assertHistogram(TelemetryNames.DB_CLIENT_CONNECTION_USE_TIME, 1, 0.040);
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_PENDING_REQUESTS, OF_THE_POOL));
    }

    @Test
    void aRequestIsPendingWhileItWaitsForItsConnection() throws SQLException {
        long[] pendingWhileWaiting = new long[1];
        metrics.obtain(() -> {
            pendingWhileWaiting[0] = value(TelemetryNames.DB_CLIENT_CONNECTION_PENDING_REQUESTS, OF_THE_POOL);
            return fakeConnection();
        }, this::observed).close();
        assertEquals(1, pendingWhileWaiting[0]);
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_PENDING_REQUESTS, OF_THE_POOL));
    }

    @Test
    void aPoolTimeoutIsCountedAndLeavesNothingHeldOrPending() {
        var timeout = new ConnectionWaitTimeoutException("J2CA0045E: connection not available");
        SQLException thrown = assertThrows(SQLException.class, () -> metrics.obtain(() -> {
            nanos.addAndGet(5_000 * MILLISECOND);
            throw timeout;
        }, this::observed));
        assertSame(timeout, thrown);
        assertEquals(1, value(TelemetryNames.DB_CLIENT_CONNECTION_TIMEOUTS, OF_THE_POOL));
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_COUNT, USED));
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_PENDING_REQUESTS, OF_THE_POOL));
        assertEquals(Optional.empty(), histogram(TelemetryNames.DB_CLIENT_CONNECTION_WAIT_TIME), "no connection obtained");
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsNotAPoolTimeout() {
        assertThrows(SQLException.class, () -> metrics.obtain(() -> {
            throw new SQLException("Connection refused", "08001");
        }, this::observed));
        assertThrows(SQLException.class, () -> metrics.obtain(() -> {
            throw new SQLTransientConnectionException("The connection attempt failed", "08001");
        }, this::observed));
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_TIMEOUTS, OF_THE_POOL));
        assertEquals(0, value(TelemetryNames.DB_CLIENT_CONNECTION_PENDING_REQUESTS, OF_THE_POOL));
    }

    @Test
    void theMeasuredConnectionBehavesAsTheConnectionItWraps() throws SQLException {
        Connection connection = metrics.obtain(this::fakeConnection, this::observed);
        assertTrue(connection.isReadOnly(), "other methods reach the wrapped connection");
        assertTrue(connection.equals(connection));
        assertNotEquals(connection, metrics.obtain(this::fakeConnection, this::observed));
        assertEquals(connection.hashCode(), connection.hashCode());
        assertFalse(connection.toString().isEmpty());
    }

    @Test
    void withoutAKnownPoolSizeThereIsNoMaximum() {
        new ConnectionPoolMetrics(meterProvider.get("unsized"), "jdbc/other", OptionalInt.empty(), nanos::get);
        var unsizedMetrics = reader.collectAllMetrics().stream()
                .filter(m -> m.getInstrumentationScopeInfo().getName().equals("unsized"))
                .map(MetricData::getName)
                .toList();
        assertTrue(unsizedMetrics.contains(TelemetryNames.DB_CLIENT_CONNECTION_COUNT), "the unsized pool reports");
        assertFalse(unsizedMetrics.contains(TelemetryNames.DB_CLIENT_CONNECTION_MAX), "but no maximum");
    }

    /** Liberty's pool timeout has this name (com.ibm.websphere.ce.cm, not on the build's class path). */
    private static final class ConnectionWaitTimeoutException extends SQLTransientConnectionException {
        ConnectionWaitTimeoutException(String message) {
            super(message);
        }
    }

    /** The connection as InstrumentedDataSource hands it out without database spans: given back on its first close. */
    private Connection observed(Connection connection, long obtainedAt) {
        return ObservedConnection.of(connection, null, metrics, obtainedAt);
    }

    /** A connection that answers isReadOnly() with true and counts its close() calls. */
    private Connection fakeConnection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        closes.incrementAndGet();
                        yield null;
                    }
                    case "isReadOnly" -> true;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "fake connection";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private long value(String metric, Attributes attributes) {
        MetricData data = metric(metric).orElseThrow(() -> new AssertionError(metric + " not reported"));
        return data.getLongSumData().getPoints().stream()
                .filter(point -> point.getAttributes().equals(attributes))
                .mapToLong(LongPointData::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError(metric + " has no point " + attributes));
    }

    private Optional<HistogramPointData> histogram(String metric) {
        return metric(metric).flatMap(data -> data.getHistogramData().getPoints().stream().findFirst());
    }

    private void assertHistogram(String metric, long count, double sumSeconds) {
        HistogramPointData point = histogram(metric).orElseThrow(() -> new AssertionError(metric + " not recorded"));
        assertEquals(OF_THE_POOL, point.getAttributes(), metric + " attributes");
        assertEquals(count, point.getCount(), metric + " count");
        assertEquals(sumSeconds, point.getSum(), 1e-9, metric + " sum");
    }

    private Optional<MetricData> metric(String name) {
        return reader.collectAllMetrics().stream().filter(m -> m.getName().equals(name)).findFirst();
    }
}
