package org.example.observable.notifications;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The trace context of a message as its row keeps it (a W3C {@code traceparent}), so its delivery can link back. */
final class StoredTrace {

    private static final String TRACEPARENT = "traceparent";

    private StoredTrace() {
    }

    /** The current span's traceparent, or null when there is no valid span. */
    static String ofCurrentSpan() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The span context a stored traceparent names; invalid when there is none or it is malformed. */
    static SpanContext spanContextOf(String traceparent) {
        if (traceparent == null) {
            return SpanContext.getInvalid();
        }
        Context extracted = W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, new TextMapGetter<>() {
            @Override
            public Iterable<String> keys(String carrier) {
                return List.of(TRACEPARENT);
            }

            @Override
            public String get(String carrier, String key) {
                return TRACEPARENT.equals(key) ? carrier : null;
            }
        });
        return Span.fromContext(extracted).getSpanContext();
    }
}
