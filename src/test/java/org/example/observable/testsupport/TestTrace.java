package org.example.observable.testsupport;

import io.opentelemetry.proto.trace.v1.Span;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A trace started by the test: its {@code traceparent} header makes the server's spans land in a trace id the
 * test knows, so assertions never confuse its spans with those of other tests.
 */
public record TestTrace(String traceId, String parentSpanId) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public static TestTrace random() {
        return new TestTrace(HEX.formatHex(randomBytes(16)), HEX.formatHex(randomBytes(8)));
    }

    /** The W3C header of a sampled caller span ({@link #parentSpanId()}) in this trace. */
    public String traceparent() {
        return traceparent("01");
    }

    /** The W3C header of a caller span in this trace that the caller did not sample (trace flags 00). */
    public String unsampledTraceparent() {
        return traceparent("00");
    }

    private String traceparent(String traceFlags) {
        return "00-" + traceId + "-" + parentSpanId + "-" + traceFlags;
    }

    /** Waits (bounded) for the SERVER span of this trace. */
    public Span awaitServerSpan() {
        return OtlpReceiver.shared().awaitSpan("SERVER span of trace " + traceId,
                s -> OtlpReceiver.traceIdHex(s).equals(traceId) && s.getKind() == Span.SpanKind.SPAN_KIND_SERVER);
    }

    /** Waits (bounded) for a span of this trace with that name. */
    public Span awaitSpan(String name) {
        return OtlpReceiver.shared().awaitSpan(name + " span of trace " + traceId,
                s -> OtlpReceiver.traceIdHex(s).equals(traceId) && s.getName().equals(name));
    }

    public List<Span> spans() {
        return OtlpReceiver.shared().spansOfTrace(traceId);
    }

    public static Optional<String> attribute(Span span, String key) {
        return OtlpReceiver.attribute(span.getAttributesList(), key);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        bytes[0] |= 1;
        return bytes;
    }
}
