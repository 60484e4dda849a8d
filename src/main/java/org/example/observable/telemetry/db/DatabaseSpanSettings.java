package org.example.observable.telemetry.db;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The two switches of this package, application settings read through MicroProfile Config (environment variables
 * TELEMETRY_DB_SPANS_ENABLED and TELEMETRY_DB_SQLCOMMENTER_ENABLED). Their defaults are written here and nowhere
 * else: EclipseLink creates the session customizer itself, so no {@code @ConfigProperty} can reach it.
 */
final class DatabaseSpanSettings {

    static final String SPANS_ENABLED_KEY = "telemetry.db.spans.enabled";
    static final String SQLCOMMENTER_ENABLED_KEY = "telemetry.db.sqlcommenter.enabled";

    private DatabaseSpanSettings() {
    }

    /** Default on: one CLIENT span per statement; false is a kill switch, read when the persistence unit deploys. */
    static boolean spansEnabled() {
        return ConfigProvider.getConfig().getOptionalValue(SPANS_ENABLED_KEY, Boolean.class).orElse(true);
    }

    /** Default off: a traceparent comment makes every statement text unique, defeating the statement caches. */
    static boolean sqlCommenterEnabled() {
        return ConfigProvider.getConfig().getOptionalValue(SQLCOMMENTER_ENABLED_KEY, Boolean.class).orElse(false);
    }
}
