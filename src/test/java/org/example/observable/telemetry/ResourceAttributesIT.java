package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import java.util.Optional;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/** Every export names the service, its version, namespace, environment and instance (docs/telemetry.md "Resource"). */
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
