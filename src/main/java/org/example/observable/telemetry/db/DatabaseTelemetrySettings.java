package org.example.observable.telemetry.db;

import java.util.OptionalInt;
import org.eclipse.microprofile.config.ConfigProvider;
import org.example.observable.telemetry.TelemetrySwitch;

/**
 * The settings this package reads through MicroProfile Config when the persistence unit deploys. Its own two switches
 * (environment variables TELEMETRY_DB_SPANS_ENABLED and TELEMETRY_DB_SQLCOMMENTER_ENABLED) have their defaults written
 * here and nowhere else: EclipseLink creates the session customizer itself, so no {@code @ConfigProperty} can reach it.
 * The others belong to the runtime (server.env, server.xml) and are only read.
 */
final class DatabaseTelemetrySettings {

    static final String SPANS_ENABLED_KEY = "telemetry.db.spans.enabled";
    static final String SQLCOMMENTER_ENABLED_KEY = "telemetry.db.sqlcommenter.enabled";
    /** The {@code maxPoolSize} of jdbc/appDb's connection manager (server.xml variable, DB_POOL_MAX). */
    static final String POOL_MAX_KEY = "db.pool.max";

    private DatabaseTelemetrySettings() {
    }

    /*
     * Each switch below is read when the persistence unit deploys, and each needs the SDK: with telemetry off
     * (OTEL_SDK_DISABLED) nothing is wrapped, so a connection or a statement costs nothing more than without this
     * package (docs/performance.md measured the wrapper with a no-op tracer at 6% of a read's CPU).
     */

    /**
     * Why there are no statement spans, for the log; {@code null} when there are. Default on: one CLIENT span per
     * statement; false is a kill switch. Off under the OpenTelemetry Java agent, whose JDBC instrumentation makes a
     * span per statement itself: ours would be a second one.
     */
    static String whySpansAreOff() {
        return whySpansAreOff(TelemetrySwitch.javaAgentActive());
    }

    static String whySpansAreOff(boolean javaAgentActive) {
        if (!TelemetrySwitch.sdkEnabled()) {
            return TelemetrySwitch.SDK_DISABLED_KEY + "=true";
        }
        if (javaAgentActive) {
            return "the OpenTelemetry Java agent's JDBC instrumentation makes them";
        }
        return ConfigProvider.getConfig().getOptionalValue(SPANS_ENABLED_KEY, Boolean.class).orElse(true)
                ? null : SPANS_ENABLED_KEY + "=false";
    }

    /** Default off: a traceparent comment makes every statement text unique, defeating the statement caches. */
    static boolean sqlCommenterEnabled() {
        return TelemetrySwitch.sdkEnabled()
                && ConfigProvider.getConfig().getOptionalValue(SQLCOMMENTER_ENABLED_KEY, Boolean.class).orElse(false);
    }

    static boolean poolMetricsEnabled() {
        return TelemetrySwitch.sdkEnabled();
    }

    static OptionalInt poolMax() {
        return ConfigProvider.getConfig().getOptionalValue(POOL_MAX_KEY, Integer.class)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
