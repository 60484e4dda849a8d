package org.example.observable.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedConfigurationTest {

    @TempDir
    Path dir;

    private ShippedConfiguration configuration;

    @BeforeEach
    void aConfigurationFolder() throws IOException {
        Files.writeString(dir.resolve("server.xml"), """
                <server>
                    <variable name="db.name" defaultValue="shop"/>
                    <variable name="db.connect.timeout.seconds" defaultValue="7"/>
                    <variable name="jwt.generated.keystore" value="${server.output.dir}/key.p12"/>
                </server>
                """);
        Files.writeString(dir.resolve("server.env"), """
                # OTEL_BSP_MAX_QUEUE_SIZE=${OTEL_BSP_MAX_QUEUE_SIZE:-1}
                OTEL_BSP_MAX_QUEUE_SIZE=${OTEL_BSP_MAX_QUEUE_SIZE:-8192}
                OTEL_BSP_MAX_EXPORT_BATCH_SIZE=${OTEL_BSP_MAX_QUEUE_SIZE:-2048}
                OTEL_TRACES_EXPORTER=${OTEL_TRACES_EXPORTER:-$([ "$ENVIRONMENT" = development ] && echo console || echo otlp)}
                """);
        configuration = ShippedConfiguration.of(dir);
    }

    @Test
    void readsTheDefaultOrValueOfAServerXmlVariable() {
        assertEquals("shop", configuration.serverXmlVariable("db.name"));
        assertEquals(7, configuration.serverXmlInt("db.connect.timeout.seconds"));
        assertEquals("${server.output.dir}/key.p12", configuration.serverXmlVariable("jwt.generated.keystore"));
        assertThrows(IllegalArgumentException.class, () -> configuration.serverXmlVariable("db.user"));
    }

    @Test
    void readsOnlyTheLiteralDefaultOfTheVariablesOwnLine() {
        assertEquals(8192, configuration.serverEnvInt("OTEL_BSP_MAX_QUEUE_SIZE"));
        // A line whose default belongs to another variable, or is computed by a command, is no default to rely on.
        assertThrows(IllegalArgumentException.class, () -> configuration.serverEnvDefault("OTEL_BSP_MAX_EXPORT_BATCH_SIZE"));
        assertThrows(IllegalArgumentException.class, () -> configuration.serverEnvDefault("OTEL_TRACES_EXPORTER"));
    }

    @Test
    void sourcesServerEnvInAGivenEnvironmentComputedDefaultsIncluded() {
        assertEquals("console", configuration.serverEnvIn(Map.of("ENVIRONMENT", "development")).get("OTEL_TRACES_EXPORTER"));
        assertEquals("otlp", configuration.serverEnvIn(Map.of("ENVIRONMENT", "production")).get("OTEL_TRACES_EXPORTER"));
        assertEquals("100", configuration.serverEnvIn(Map.of("OTEL_BSP_MAX_QUEUE_SIZE", "100")).get("OTEL_BSP_MAX_QUEUE_SIZE"));
        assertEquals("8192", configuration.serverEnvIn(Map.of()).get("OTEL_BSP_MAX_QUEUE_SIZE"));
    }

    @Test
    void readsAnAttributeOfEachElementOfServerXml() {
        assertEquals(List.of("shop", "7", ""), configuration.serverXmlAttributes("variable", "defaultValue"));
        assertEquals(List.of(), configuration.serverXmlAttributes("config", "updateTrigger"));
    }
}
