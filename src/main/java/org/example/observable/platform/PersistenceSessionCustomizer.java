package org.example.observable.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.example.observable.telemetry.db.DatabaseTelemetrySessionCustomizer;

/**
 * EclipseLink entry point (persistence.xml {@code eclipselink.session.customizer}). Fails fast when PostgreSQL is
 * away: EclipseLink's own default retries a read that met a communication failure three times, five seconds apart
 * (a read answered after 10-15 s instead of a 503); here it retries once, at once, which is enough to get past a
 * pooled connection that went stale when PostgreSQL restarted (the pool then drops them all). Then adds the
 * database telemetry ({@link DatabaseTelemetrySessionCustomizer}).
 */
public class PersistenceSessionCustomizer implements SessionCustomizer {

    static final int READ_RETRIES = 1;

    @Override
    public void customize(Session session) throws Exception {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(READ_RETRIES);
            login.setDelayBetweenConnectionAttempts(0);
        }
        new DatabaseTelemetrySessionCustomizer().customize(session);
    }
}
