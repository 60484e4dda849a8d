package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

/** The status endpoint never shows a credential: endpoint user info, query and header values are dropped. */
class TelemetrySettingsTest {

    @Test
    void endpointLosesUserInfoAndQuery() {
        var settings = settings(Map.of(TelemetrySettings.OTLP_ENDPOINT, "https://user:s3cret@otel.example:4318/base?token=x"));
        assertEquals("https://otel.example:4318/base", settings.otlpEndpointWithoutCredentials());
    }

    @Test
    void headersShowNamesOnly() {
        var settings = settings(Map.of(TelemetrySettings.OTLP_HEADERS, "authorization=Bearer abc, x-tenant=t1"));
        assertEquals(List.of("authorization", "x-tenant"), settings.otlpHeaderNames());
    }

    @Test
    void laterResourceAttributeWins() {
        var settings = settings(Map.of(TelemetrySettings.RESOURCE_ATTRIBUTES, "service.namespace=a,k=v,service.namespace=b"));
        assertEquals(Map.of("service.namespace", "b", "k", "v"), settings.resourceAttributes());
    }

    private static TelemetrySettings settings(Map<String, String> values) {
        return new TelemetrySettings(new MapConfig(values));
    }

    /** Just enough of Config for getOptionalValue(key, String/Boolean). */
    private record MapConfig(Map<String, String> values) implements Config {
        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name)).map(v -> type == Boolean.class ? type.cast(Boolean.valueOf(v)) : type.cast(v));
        }

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow();
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
