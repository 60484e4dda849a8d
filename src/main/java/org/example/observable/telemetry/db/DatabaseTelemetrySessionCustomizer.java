package org.example.observable.telemetry.db;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * EclipseLink entry point (persistence.xml {@code eclipselink.session.customizer}): replaces the container
 * DataSource of every login of the persistence unit by an {@link InstrumentedDataSource}. Runs while the unit deploys,
 * possibly before CDI is ready, which is why the wrapper finds OpenTelemetry only on first use.
 */
public class DatabaseTelemetrySessionCustomizer implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseTelemetrySessionCustomizer.class.getName());

    @Override
    public void customize(Session session) {
        String whySpansAreOff = DatabaseTelemetrySettings.whySpansAreOff();
        var instrumentation = new InstrumentedDataSource.Instrumentation(whySpansAreOff == null,
                DatabaseTelemetrySettings.sqlCommenterEnabled(), DatabaseTelemetrySettings.poolMetricsEnabled(),
                DatabaseTelemetrySettings.poolMax());
        if (whySpansAreOff != null) {
            LOG.info("Database spans are off (" + whySpansAreOff + ")");
        }
        if (!instrumentation.spans() && !instrumentation.poolMetrics()) {
            return;
        }
        Map<DataSource, DataSource> instrumented = new IdentityHashMap<>();
        instrument(session.getDatasourceLogin(), instrumentation, instrumented);
        if (session instanceof ServerSession server) {
            instrument(server.getReadConnectionPool().getLogin(), instrumentation, instrumented);
            server.getConnectionPools().values().forEach(pool -> instrument(pool.getLogin(), instrumentation, instrumented));
        }
        LOG.fine(() -> instrumentation + " on " + instrumented.size() + " data source(s) of " + session.getName());
    }

    /**
     * The JNDI name of the login's DataSource: EclipseLink keeps it when it looked the DataSource up itself; a Jakarta EE
     * container hands over the DataSource only, and then the name is the persistence unit's {@code <jta-data-source>}.
     */
    private static String poolName(JNDIConnector connector) {
        return connector.getName() != null ? connector.getName()
                : PersistenceUnitDescriptor.jtaDataSource(DatabaseTelemetrySessionCustomizer.class.getClassLoader());
    }

    private static void instrument(Login login, InstrumentedDataSource.Instrumentation instrumentation,
            Map<DataSource, DataSource> instrumented) {
        if (login instanceof DatasourceLogin datasourceLogin
                && datasourceLogin.getConnector() instanceof JNDIConnector connector
                && connector.getDataSource() != null
                && !(connector.getDataSource() instanceof InstrumentedDataSource)) {
            connector.setDataSource(instrumented.computeIfAbsent(connector.getDataSource(),
                    container -> new InstrumentedDataSource(container, poolName(connector), instrumentation)));
        }
    }
}
