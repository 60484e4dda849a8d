package org.example.observable.telemetry.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the persistence unit wraps, for each combination of the SDK switch and this package's own two switches, and
 * under the OpenTelemetry Java agent.
 */
class DatabaseTelemetrySettingsTest {

    private final ClassLoader loader = Thread.currentThread().getContextClassLoader();

    @AfterEach
    void forgetConfiguration() {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(loader));
    }

    @Test
    void withTheSdkOnStatementsAreSpansAndThePoolIsMeasuredButNoCommentIsAdded() {
        configure(Map.of("otel.sdk.disabled", "false"));

        assertEquals(List.of(true, false, true), switches());
    }

    @Test
    void eachSwitchIsHonouredWhileTheSdkIsOn() {
        configure(Map.of("otel.sdk.disabled", "false", "telemetry.db.spans.enabled", "false",
                "telemetry.db.sqlcommenter.enabled", "true"));

        assertEquals(List.of(false, true, true), switches());
    }

    @Test
    void underTheJavaAgentStatementsAreLeftToItsJdbcInstrumentationAndThePoolIsStillMeasured() {
        configure(Map.of("otel.sdk.disabled", "false", "telemetry.db.spans.enabled", "true"));

        assertEquals(null, DatabaseTelemetrySettings.whySpansAreOff(false), "the same configuration without the agent: spans on");
        assertEquals(true, DatabaseTelemetrySettings.poolMetricsEnabled());
        assertEquals("the OpenTelemetry Java agent's JDBC instrumentation makes them", DatabaseTelemetrySettings.whySpansAreOff(true));
    }

    @Test
    void theLogSaysWhichSwitchTurnedTheSpansOff() {
        configure(Map.of("otel.sdk.disabled", "false", "telemetry.db.spans.enabled", "false"));
        assertEquals("telemetry.db.spans.enabled=false", DatabaseTelemetrySettings.whySpansAreOff(false));

        configure(Map.of("otel.sdk.disabled", "true"));
        assertEquals("otel.sdk.disabled=true", DatabaseTelemetrySettings.whySpansAreOff(true));

        configure(Map.of("otel.sdk.disabled", "false"));
        assertEquals(null, DatabaseTelemetrySettings.whySpansAreOff(false), "spans on: no reason");
    }

    @Test
    void withTheSdkOffNothingIsWrappedWhateverTheSwitchesSay() {
        configure(Map.of("otel.sdk.disabled", "true", "telemetry.db.spans.enabled", "true",
                "telemetry.db.sqlcommenter.enabled", "true"));

        assertEquals(List.of(false, false, false), switches());
    }

    @Test
    void theSdkIsOffUnlessConfigurationSaysOtherwiseAsInMicroProfileTelemetry() {
        configure(Map.of());

        assertEquals(List.of(false, false, false), switches());
    }

    /** spans, SQL comment, pool metrics. */
    private static List<Boolean> switches() {
        return List.of(DatabaseTelemetrySettings.whySpansAreOff() == null, DatabaseTelemetrySettings.sqlCommenterEnabled(),
                DatabaseTelemetrySettings.poolMetricsEnabled());
    }

    private void configure(Map<String, String> values) {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(loader));
        resolver.registerConfig(resolver.getBuilder()
                .withSources(new PropertiesConfigSource(values, "DatabaseTelemetrySettingsTest", 1000)).build(), loader);
    }
}
