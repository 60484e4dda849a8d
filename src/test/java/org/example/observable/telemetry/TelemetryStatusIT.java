package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import io.restassured.path.json.JsonPath;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/** GET /api/telemetry/status tells the settings in effect and names the request's own exported span. */
class TelemetryStatusIT {

    private final OtlpReceiver receiver = OtlpReceiver.shared();

    @Test
    void answersTheIdsOfTheExportedServerSpan() {
        JsonPath status = ServiceUnderTest.request().get("/api/telemetry/status")
                .then().statusCode(200).extract().jsonPath();
        String traceId = status.getString("tracing.trace_id");
        String spanId = status.getString("tracing.span_id");

        Span server = receiver.awaitSpan("SERVER span of the status request " + traceId,
                s -> OtlpReceiver.traceIdHex(s).equals(traceId) && s.getKind() == Span.SpanKind.SPAN_KIND_SERVER);

        assertEquals(spanId, OtlpReceiver.spanIdHex(server), "span_id is the SERVER span's id");
        assertEquals("/api/telemetry/status",
                OtlpReceiver.attribute(server.getAttributesList(), TelemetryNames.HTTP_ROUTE).orElse(""), "http.route");
        assertTrue(status.getBoolean("tracing.sampled"), "the request is sampled");
    }

    @Test
    void reportsTheSettingsOfTheTestEnvironment() {
        JsonPath status = ServiceUnderTest.request().get("/api/telemetry/status")
                .then().statusCode(200).extract().jsonPath();

        assertTrue(status.getBoolean("tracing.sdk_enabled"), "SDK enabled");
        assertEquals("parentbased_always_on", status.getString("tracing.sampler"), "sampler");
        assertEquals("otlp,zipkin", status.getString("exporters.traces"), "traces exporter, as the test server sets it");
        assertEquals("otlp", status.getString("exporters.metrics"), "metrics exporter");
        assertEquals("otlp", status.getString("exporters.logs"), "logs exporter");
        assertEquals("http://127.0.0.1:" + Integer.getInteger("it.otlp.port"), status.getString("otlp.endpoint"),
                "OTLP endpoint");
        assertEquals("http/protobuf", status.getString("otlp.protocol"), "OTLP protocol");
        assertEquals("observable-service", status.getString("service_name"), "service name");
        assertEquals("test", status.getString("resource_attributes.'deployment.environment.name'"),
                "deployment.environment.name");
        assertFalse(status.getString("resource_attributes.'service.version'").isBlank(), "service.version");
    }
}
