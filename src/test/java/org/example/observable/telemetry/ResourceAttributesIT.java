package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import java.util.Optional;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Every export names the service, its version, namespace, environment and instance, and none carries the JVM's command
 * line (docs/telemetry.md "Resource").
 */
class ResourceAttributesIT {

    private final OtlpReceiver receiver = OtlpReceiver.shared();

    @Test
    void spansCarryTheServiceResource() {
        String traceId = ServiceUnderTest.request().get("/api/telemetry/status")
                .then().statusCode(200).extract().jsonPath().getString("tracing.trace_id");
        receiver.awaitSpan("SERVER span " + traceId, s -> OtlpReceiver.traceIdHex(s).equals(traceId));

        List<KeyValue> resource = receiver.resourceSpans().stream()
                .filter(rs -> containsTrace(rs, traceId))
                .findFirst().orElseThrow().getResource().getAttributesList();

        assertEquals(Optional.of("observable-service"), attribute(resource, "service.name"), "service.name");
        assertEquals(Optional.of("observable"), attribute(resource, "service.namespace"), "service.namespace");
        assertEquals(Optional.of("test"), attribute(resource, "deployment.environment.name"),
                "deployment.environment.name is ENVIRONMENT");
        assertTrue(attribute(resource, "service.version").filter(v -> v.matches("\\d+\\.\\d+\\.\\d+.*")).isPresent(),
                "service.version is the build's version, was " + attribute(resource, "service.version"));
        assertTrue(attribute(resource, "service.instance.id").filter(v -> !v.isBlank()).isPresent(),
                "service.instance.id");
        assertTrue(attribute(resource, "host.name").filter(v -> !v.isBlank()).isPresent(), "host.name");
    }

    /**
     * The JVM's command line is not on the resource of any signal: it carries every {@code -D} option given to the
     * server, passwords included (server.env, {@code OTEL_JAVA_DISABLED_RESOURCE_PROVIDERS}). The runtime is still named.
     */
    @Test
    void noExportCarriesTheCommandLine() {
        receiver.awaitMetricExports();
        receiver.awaitLogRecord("any log record", record -> true);
        String traceId = ServiceUnderTest.request().get("/api/telemetry/status")
                .then().statusCode(200).extract().jsonPath().getString("tracing.trace_id");
        receiver.awaitSpan("SERVER span " + traceId, s -> OtlpReceiver.traceIdHex(s).equals(traceId));

        List<Resource> resources = receiver.resources();
        assertTrue(receiver.resourceSpans().size() > 0 && receiver.resourceMetrics().size() > 0
                && receiver.resourceLogs().size() > 0, "spans, metrics and log records were exported");
        for (Resource resource : resources) {
            List<KeyValue> attributes = resource.getAttributesList();
            assertEquals(Optional.empty(), attribute(attributes, "process.command_line"), "process.command_line");
            assertEquals(Optional.empty(), attribute(attributes, "process.command_args"), "process.command_args");
            assertEquals(Optional.of(System.getProperty("java.runtime.name")), attribute(attributes, "process.runtime.name"),
                    "process.runtime.name (the server runs on the tests' JDK)");
        }
    }

    private static boolean containsTrace(ResourceSpans resourceSpans, String traceId) {
        return resourceSpans.getScopeSpansList().stream()
                .flatMap(scope -> scope.getSpansList().stream())
                .map(OtlpReceiver::traceIdHex)
                .anyMatch(traceId::equals);
    }

    private static Optional<String> attribute(List<KeyValue> attributes, String key) {
        return OtlpReceiver.attribute(attributes, key);
    }
}
