package org.example.observable.telemetry.db;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import jakarta.enterprise.inject.spi.CDI;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The container DataSource, seen through the OpenTelemetry JDBC wrapper: statements executed on its connections
 * become CLIENT spans. The wrapper is built on the first {@code getConnection}, when CDI can hand out Liberty's
 * OpenTelemetry (GlobalOpenTelemetry is a no-op there).
 */
final class TracedDataSource implements DataSource {

    private final DataSource container;
    private volatile DataSource traced;

    TracedDataSource(DataSource container) {
        this.container = container;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return traced().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return traced().getConnection(username, password);
    }

    private DataSource traced() {
        DataSource result = traced;
        if (result == null) {
            synchronized (this) {
                if (traced == null) {
                    traced = JdbcTelemetry.builder(CDI.current().select(OpenTelemetry.class).get())
                            .setStatementSanitizationEnabled(true)
                            // No INTERNAL span per pooled getConnection: only statements are worth a span.
                            .setDataSourceInstrumenterEnabled(false)
                            .build()
                            .wrap(DatabaseSpanSettings.sqlCommenterEnabled() ? TraceparentSqlComment.addTo(container) : container);
                }
                result = traced;
            }
        }
        return result;
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
