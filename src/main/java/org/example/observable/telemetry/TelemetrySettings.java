package org.example.observable.telemetry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The OpenTelemetry settings as the runtime sees them through MicroProfile Config (environment variables such as
 * OTEL_TRACES_EXPORTER appear as {@code otel.traces.exporter}); defaults are those of the SDK when a key is absent.
 * Reading them here does not configure anything: Liberty's SDK reads the same environment at start.
 */
record TelemetrySettings(Config config) {

    boolean sdkEnabled() {
        return !config.getOptionalValue(TelemetryNames.CONFIG_SDK_DISABLED, Boolean.class).orElse(true);
    }

    String value(String key, String sdkDefault) {
        return config.getOptionalValue(key, String.class).orElse(sdkDefault);
    }

    /** The OTLP endpoint without user info, query or fragment: safe to show. */
    String otlpEndpointWithoutCredentials() {
        String endpoint = value(TelemetryNames.CONFIG_OTLP_ENDPOINT, "http://localhost:4317");
        try {
            URI uri = new URI(endpoint);
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "(not a valid URI)";
        }
    }

    List<String> otlpHeaderNames() {
        return config.getOptionalValue(TelemetryNames.CONFIG_OTLP_HEADERS, String.class)
                .map(headers -> Arrays.stream(headers.split(","))
                        .map(header -> header.split("=", 2)[0].trim())
                        .filter(name -> !name.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** {@code otel.resource.attributes} as a map; for a repeated key the last value wins, as in the SDK. */
    Map<String, String> resourceAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        config.getOptionalValue(TelemetryNames.CONFIG_RESOURCE_ATTRIBUTES, String.class).ifPresent(all -> {
            for (String pair : all.split(",")) {
                String[] keyValue = pair.split("=", 2);
                if (keyValue.length == 2 && !keyValue[0].isBlank()) {
                    attributes.put(keyValue[0].trim(), keyValue[1].trim());
                }
            }
        });
        return attributes;
    }
}
