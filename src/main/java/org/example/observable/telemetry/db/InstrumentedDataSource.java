package org.example.observable.telemetry.db;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.inject.spi.CDI;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.OptionalInt;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.example.observable.telemetry.TelemetryNames;

/**
 * The container DataSource as the persistence unit sees it: statements executed on its connections become CLIENT
 * spans ({@link StatementSpans}), and taking and giving back its connections is measured
 * ({@link ConnectionPoolMetrics}). Both are built on the first {@code getConnection}, when CDI can hand out Liberty's
 * OpenTelemetry (GlobalOpenTelemetry is a no-op there).
 */
final class InstrumentedDataSource implements DataSource {

    /** What to add to the container DataSource; read once, when the persistence unit deploys. */
    record Instrumentation(boolean spans, boolean sqlCommenter, boolean poolMetrics, OptionalInt poolMax) {
    }

    /**
     * The DataSource connections come from, what traces their statements ({@code null} without database spans) and
     * the pool's meters ({@code null} when the pool is not measured); each connection is handed out observed by both.
     */
    private static final class Instrumented {

        private final DataSource dataSource;
        private final StatementSpans spans;
        private final ConnectionPoolMetrics pool;
        /** Made once: a lambda made per connection would be an allocation per connection. */
        private final ConnectionPoolMetrics.Holder observed;

        Instrumented(DataSource dataSource, StatementSpans spans, ConnectionPoolMetrics pool) {
            this.dataSource = dataSource;
            this.spans = spans;
            this.pool = pool;
            this.observed = (connection, obtainedAt) -> ObservedConnection.of(connection, spans, pool, obtainedAt);
        }

        Connection connection(ConnectionPoolMetrics.ConnectionSource source) throws SQLException {
            return pool == null ? ObservedConnection.of(source.get(), spans, null, 0) : pool.obtain(source, observed);
        }
    }

    private final DataSource container;
    private final String poolName;
    private final Instrumentation instrumentation;
    private volatile Instrumented instrumented;

    /** @param poolName the container DataSource's JNDI name */
    InstrumentedDataSource(DataSource container, String poolName, Instrumentation instrumentation) {
        this.container = container;
        this.poolName = poolName;
        this.instrumentation = instrumentation;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Instrumented current = instrumented();
        return current.connection(current.dataSource::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Instrumented current = instrumented();
        return current.connection(() -> current.dataSource.getConnection(username, password));
    }

    private Instrumented instrumented() {
        Instrumented result = instrumented;
        if (result == null) {
            synchronized (this) {
                if (instrumented == null) {
                    instrumented = build(CDI.current().select(OpenTelemetry.class).get());
                }
                result = instrumented;
            }
        }
        return result;
    }

    private Instrumented build(OpenTelemetry openTelemetry) {
        DataSource source = instrumentation.sqlCommenter() ? TraceparentSqlComment.addTo(container) : container;
        StatementSpans spans = instrumentation.spans()
                ? new StatementSpans(openTelemetry.getTracer(TelemetryNames.DATABASE_INSTRUMENTATION_SCOPE))
                : null;
        ConnectionPoolMetrics pool = instrumentation.poolMetrics()
                ? new ConnectionPoolMetrics(openTelemetry.getMeter(TelemetryNames.INSTRUMENTATION_SCOPE), poolName,
                        instrumentation.poolMax(), System::nanoTime)
                : null;
        return new Instrumented(source, spans, pool);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return container.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        container.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        container.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return container.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return container.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : container.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || container.isWrapperFor(type);
    }
}
