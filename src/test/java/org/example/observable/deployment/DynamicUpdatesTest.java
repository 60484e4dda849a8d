package org.example.observable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.example.observable.testsupport.ShippedConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Liberty's dynamic updates as the shipped configuration sets them: a server scans its configuration and application
 * files every 500 ms where they change under it (development's liberty:dev, the integration tests' configuration
 * overrides), and not at all in staging and production, where a change is a new image (docs/performance.md measures
 * what the scans cost). One variable, UPDATE_TRIGGER, drives both of Liberty's monitors; server.env holds its default.
 */
class DynamicUpdatesTest {

    private static final ShippedConfiguration SHIPPED = ShippedConfiguration.ofThisBuild();

    @ParameterizedTest(name = "ENVIRONMENT={0}: {1}")
    @CsvSource({"development, polled", "test, polled", "staging, mbean", "production, mbean"})
    void theEnvironmentDecidesWhetherLibertyScansForChanges(String environment, String trigger) {
        assertEquals(trigger, SHIPPED.serverEnvIn(Map.of("ENVIRONMENT", environment)).get("UPDATE_TRIGGER"));
    }

    @Test
    void withoutAnEnvironmentTheServerIsADevelopmentOne() {
        assertEquals("polled", SHIPPED.serverEnvIn(Map.of()).get("UPDATE_TRIGGER"));
    }

    @ParameterizedTest(name = "ENVIRONMENT=production, UPDATE_TRIGGER={0}")
    @CsvSource({"polled", "disabled"})
    void anUpdateTriggerInTheEnvironmentWins(String trigger) {
        assertEquals(trigger, SHIPPED.serverEnvIn(Map.of("ENVIRONMENT", "production", "UPDATE_TRIGGER", trigger))
                .get("UPDATE_TRIGGER"));
    }

    @ParameterizedTest(name = "<{0} updateTrigger>")
    @CsvSource({"applicationMonitor", "config"})
    void bothOfLibertysMonitorsFollowTheOneVariable(String element) {
        assertEquals(List.of("${update.trigger}"), SHIPPED.serverXmlAttributes(element, "updateTrigger"));
    }
}
