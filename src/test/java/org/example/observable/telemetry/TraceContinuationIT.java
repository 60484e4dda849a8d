package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/** A W3C traceparent from the caller is continued: same trace, the caller's span as parent. */
class TraceContinuationIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void serverSpanContinuesTheCallersTrace() {
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);

        String answeredTraceId = ServiceUnderTest.request()
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .get("/api/telemetry/status")
                .then().statusCode(200).extract().jsonPath().getString("tracing.trace_id");

        Span server = OtlpReceiver.shared().awaitSpan("SERVER span in trace " + traceId,
                s -> OtlpReceiver.traceIdHex(s).equals(traceId) && s.getKind() == Span.SpanKind.SPAN_KIND_SERVER);
        assertEquals(traceId, answeredTraceId, "the request runs in the caller's trace");
        assertEquals(callerSpanId, OtlpReceiver.parentSpanIdHex(server), "the caller's span is the parent");
    }

    private static String randomHex(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        id[0] |= 1; // never all zeros (invalid)
        return HexFormat.of().formatHex(id);
    }
}
