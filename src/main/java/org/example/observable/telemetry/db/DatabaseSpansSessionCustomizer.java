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
 * DataSource of every login of the persistence unit by a {@link TracedDataSource}. Runs while the unit deploys,
 * possibly before CDI is ready, which is why the wrapper finds OpenTelemetry only on first use.
 */
public class DatabaseSpansSessionCustomizer implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseSpansSessionCustomizer.class.getName());

    @Override
    public void customize(Session session) {
        if (!DatabaseSpanSettings.spansEnabled()) {
            LOG.info("Database spans are off (" + DatabaseSpanSettings.SPANS_ENABLED_KEY + "=false)");
            return;
        }
        Map<DataSource, DataSource> traced = new IdentityHashMap<>();
        trace(session.getDatasourceLogin(), traced);
        if (session instanceof ServerSession server) {
            trace(server.getReadConnectionPool().getLogin(), traced);
            server.getConnectionPools().values().forEach(pool -> trace(pool.getLogin(), traced));
        }
        LOG.fine(() -> "Database spans enabled on " + traced.size() + " data source(s) of " + session.getName());
    }

    private static void trace(Login login, Map<DataSource, DataSource> traced) {
        if (login instanceof DatasourceLogin datasourceLogin
                && datasourceLogin.getConnector() instanceof JNDIConnector connector
                && connector.getDataSource() != null
                && !(connector.getDataSource() instanceof TracedDataSource)) {
            connector.setDataSource(traced.computeIfAbsent(connector.getDataSource(), TracedDataSource::new));
        }
    }
}
