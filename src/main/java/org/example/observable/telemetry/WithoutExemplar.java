package org.example.observable.telemetry;

import io.opentelemetry.context.Context;

/**
 * The context a histogram is recorded in when its points are to carry no exemplar: the root, not the request's. The
 * SDK's exemplar filter ({@code trace_based}) offers every recording made inside a sampled span to the instrument's
 * reservoir (a lock, a clock read, the span context copied): about 0.35 us a recording on the request path
 * (docs/performance.md, fifteenth session). Exemplars stay where a dashboard links a bucket to a trace: the request's
 * duration (Liberty's), the payment's duration, the statements' latency (span metrics); the connection pool's wait and
 * use times and the response body size are recorded in this context (docs/telemetry.md, "Exemplars").
 */
public final class WithoutExemplar {

    public static final Context CONTEXT = Context.root();

    private WithoutExemplar() {
    }
}
