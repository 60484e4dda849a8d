package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.logs.v1.LogRecord;
import io.restassured.path.json.JsonPath;
import java.util.HexFormat;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/** java.util.logging records written during a request reach the collector with that request's trace and span. */
class CorrelatedLogsIT {

    @Test
    void applicationLogRecordCarriesTheRequestsTraceAndSpan() {
        JsonPath status = ServiceUnderTest.request().get("/api/telemetry/status")
                .then().statusCode(200).extract().jsonPath();
        String traceId = status.getString("tracing.trace_id");

        // TelemetryStatusResource logs one INFO line naming the trace it runs in.
        LogRecord record = OtlpReceiver.shared().awaitLogRecord("log record of the status request " + traceId,
                r -> OtlpReceiver.asString(r.getBody()).contains("Telemetry status requested")
                        && OtlpReceiver.asString(r.getBody()).contains(traceId));

        assertEquals(traceId, HexFormat.of().formatHex(record.getTraceId().toByteArray()), "trace_id");
        assertEquals(status.getString("tracing.span_id"), HexFormat.of().formatHex(record.getSpanId().toByteArray()),
                "span_id");
        assertEquals("INFO", record.getSeverityText(), "severity");
    }
}
