package org.example.observable.telemetry.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Marks a context as holding the request's HTTP SERVER span the way the OpenTelemetry instrumentation API marks its
 * own. Liberty's instrumenters are built on that API: its JAX-RS filter ({@code TelemetryContainerFilter}) and its
 * servlet filter start a SERVER span only when the context has none of these marks, and otherwise leave it to the
 * span already there (the JAX-RS filter still gives it the matched route and names it after the route).
 * <p>
 * The marks are the context keys of the API's {@code SpanKey} ({@code KIND_SERVER}, {@code HTTP_SERVER}). Liberty
 * does not export that class to applications, so they are read once, by reflection, from the copy in the bundle that
 * gives the application its OpenTelemetry API ({@link #ofLibertysInstrumentationApi()}). When a later Liberty lays
 * them out differently, they are not found and the caller must leave the SERVER span to Liberty
 * ({@code ServerSpanIT} fails first: it counts the SERVER spans of a request).
 */
final class InstrumentationApiSpanKeys {

    static final String SPAN_KEY_CLASS = "io.opentelemetry.instrumentation.api.internal.SpanKey";
    /** The SpanKey constants an HTTP server instrumenter checks, whichever suppression strategy it was built with. */
    static final List<String> SERVER_SPAN_KEYS = List.of("KIND_SERVER", "HTTP_SERVER");

    private final List<ContextKey<Span>> keys;

    private InstrumentationApiSpanKeys(List<ContextKey<Span>> keys) {
        this.keys = keys;
    }

    /** The keys of the instrumentation API that Liberty's own instrumenters use, if that API has them. */
    static Optional<InstrumentationApiSpanKeys> ofLibertysInstrumentationApi() {
        return in(Span.class.getClassLoader());
    }

    /** The keys of the instrumentation API that {@code loader} loads, if it has them. */
    @SuppressWarnings("unchecked")
    static Optional<InstrumentationApiSpanKeys> in(ClassLoader loader) {
        try {
            Class<?> spanKey = Class.forName(SPAN_KEY_CLASS, true, loader);
            Field contextKey = spanKey.getDeclaredField("key");
            contextKey.setAccessible(true);
            List<ContextKey<Span>> keys = new ArrayList<>();
            for (String name : SERVER_SPAN_KEYS) {
                keys.add((ContextKey<Span>) contextKey.get(spanKey.getField(name).get(null)));
            }
            return Optional.of(new InstrumentationApiSpanKeys(List.copyOf(keys)));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notThere) {
            return Optional.empty();
        }
    }

    /** {@code context} with {@code span} under every key: no instrumenter starts a SERVER span under it. */
    Context mark(Context context, Span span) {
        Context marked = context;
        for (int i = 0; i < keys.size(); i++) {
            marked = marked.with(keys.get(i), span);
        }
        return marked;
    }
}
