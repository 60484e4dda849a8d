package org.example.observable.orders;

import io.opentelemetry.proto.trace.v1.Span;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.example.observable.testsupport.OtlpReceiver;

/** A fresh trace id per request, and lookups of the order spans in it. */
final class OrderTraces {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderTraces() {
    }

    static String newTraceId() {
        return HexFormat.of().formatHex(randomBytes(16));
    }

    static String traceparent(String traceId) {
        return "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
    }

    static Span await(String traceId, String name) {
        return OtlpReceiver.shared().awaitSpan(name + " in trace " + traceId,
                s -> OtlpReceiver.traceIdHex(s).equals(traceId) && s.getName().equals(name));
    }

    static Optional<String> attribute(Span span, String key) {
        return OtlpReceiver.attribute(span.getAttributesList(), key);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
