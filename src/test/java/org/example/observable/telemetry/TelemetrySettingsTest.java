package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.example.observable.testsupport.MapConfig;
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
}
