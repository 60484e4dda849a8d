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
 * OTEL_TRACES_EXPORTER appear as {@code otel.traces.exporter}). liberty/config/server.env sets every one of them:
 * a value missing here is reported as missing ({@code null}), never replaced by a guess. Reading them configures
 * nothing: Liberty's SDK reads the same environment at start.
 */
record TelemetrySettings(Config config) {

    static final String SERVICE_NAME = "otel.service.name";
    static final String RESOURCE_ATTRIBUTES = "otel.resource.attributes";
    static final String TRACES_SAMPLER = "otel.traces.sampler";
    static final String TRACES_SAMPLER_ARG = "otel.traces.sampler.arg";
    static final String TRACES_EXPORTER = "otel.traces.exporter";
    static final String METRICS_EXPORTER = "otel.metrics.exporter";
    static final String LOGS_EXPORTER = "otel.logs.exporter";
    static final String OTLP_ENDPOINT = "otel.exporter.otlp.endpoint";
    static final String OTLP_PROTOCOL = "otel.exporter.otlp.protocol";
    static final String OTLP_HEADERS = "otel.exporter.otlp.headers";

    boolean sdkEnabled() {
        return TelemetrySwitch.sdkEnabled(config);
    }

    /** The value, or {@code null} when nothing sets it. */
    String value(String key) {
        return config.getOptionalValue(key, String.class).orElse(null);
    }

    /** The OTLP endpoint without user info, query or fragment: safe to show; {@code null} when not set. */
    String otlpEndpointWithoutCredentials() {
        String endpoint = value(OTLP_ENDPOINT);
        if (endpoint == null) {
            return null;
        }
        try {
            URI uri = new URI(endpoint);
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "(not a valid URI)";
        }
    }

    List<String> otlpHeaderNames() {
        return config.getOptionalValue(OTLP_HEADERS, String.class)
                .map(headers -> Arrays.stream(headers.split(","))
                        .map(header -> header.split("=", 2)[0].trim())
                        .filter(name -> !name.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** {@code otel.resource.attributes} as a map; for a repeated key the last value wins, as in the SDK. */
    Map<String, String> resourceAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        config.getOptionalValue(RESOURCE_ATTRIBUTES, String.class).ifPresent(all -> {
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
