package org.example.observable.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import java.util.concurrent.atomic.LongAdder;

/**
 * A count that goes up and down on the request path (requests in flight, connections held) and is read only when
 * the metrics are collected, by the callback of an asynchronous up-down counter: what an UpDownCounter's point
 * says, at the cost of a {@link LongAdder} increment instead of an SDK recording (the attribute-set lookup, the
 * aggregator handle and, inside a sampled span, an exemplar offer) twice per request or connection.
 */
public final class ObservedCount {

    private final Attributes attributes;
    private final LongAdder count = new LongAdder();
    /** Reported from the first collection, or only once counted (the SDK's synchronous counters report that way). */
    private volatile boolean reported;

    private ObservedCount(Attributes attributes, boolean reported) {
        this.attributes = attributes;
        this.reported = reported;
    }

    /** Exported as 0 before its first use, so that dashboards and alerts see it from the start. */
    public static ObservedCount reportedFromTheStart(Attributes attributes) {
        return new ObservedCount(attributes, true);
    }

    /** No point until it has counted once: one of many attribute sets, most of which never occur. */
    public static ObservedCount reportedOnceUsed(Attributes attributes) {
        return new ObservedCount(attributes, false);
    }

    public void increment() {
        if (!reported) {
            reported = true;
        }
        count.increment();
    }

    public void decrement() {
        count.decrement();
    }

    /** For the asynchronous instrument's callback. */
    public void reportTo(ObservableLongMeasurement measurement) {
        if (reported) {
            measurement.record(count.sum(), attributes);
        }
    }
}
