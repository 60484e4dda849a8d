package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * A W3C traceparent from the caller is continued: same trace, the caller's span as parent. The answer also names the
 * request's SERVER span to the caller in the {@code io.openliberty.trace} response header (the name Liberty gave it) ({@code <trace id>:<span id>},
 * docs/telemetry.md): the exported span's ids, exactly.
 */
class TraceContinuationIT {

    @Test
    void serverSpanContinuesTheCallersTrace() {
        TestTrace caller = TestTrace.random();

        var answer = ServiceUnderTest.request()
                .header("traceparent", caller.traceparent())
                .get("/api/telemetry/status")
                .then().statusCode(200).extract();

        Span server = caller.awaitServerSpan();
        assertEquals(caller.traceId(), answer.jsonPath().getString("tracing.trace_id"), "the request runs in the caller's trace");
        assertEquals(caller.parentSpanId(), OtlpReceiver.parentSpanIdHex(server), "the caller's span is the parent");
        assertEquals(OtlpReceiver.traceIdHex(server) + ":" + OtlpReceiver.spanIdHex(server),
                answer.header("io.openliberty.trace"), "the response header names the SERVER span");
    }
}
