package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/** A W3C traceparent from the caller is continued: same trace, the caller's span as parent. */
class TraceContinuationIT {

    @Test
    void serverSpanContinuesTheCallersTrace() {
        TestTrace caller = TestTrace.random();

        String answeredTraceId = ServiceUnderTest.request()
                .header("traceparent", caller.traceparent())
                .get("/api/telemetry/status")
                .then().statusCode(200).extract().jsonPath().getString("tracing.trace_id");

        Span server = caller.awaitServerSpan();
        assertEquals(caller.traceId(), answeredTraceId, "the request runs in the caller's trace");
        assertEquals(caller.parentSpanId(), OtlpReceiver.parentSpanIdHex(server), "the caller's span is the parent");
    }
}
