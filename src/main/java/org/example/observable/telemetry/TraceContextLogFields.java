package org.example.observable.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Adds {@code ext_traceId} and {@code ext_spanId} to every Liberty log event written while a span is current,
 * through Liberty's {@code LogRecordContext} extensions: they appear in the JSON console and messages.log
 * formats (the OTLP log records carry the ids natively). The API is Liberty's, not on Maven Central, hence
 * reflection; on another runtime this does nothing.
 */
@ApplicationScoped
public class TraceContextLogFields {

    private static final Logger LOG = Logger.getLogger(TraceContextLogFields.class.getName());
    private static final String LOG_RECORD_CONTEXT = "com.ibm.websphere.logging.hpel.LogRecordContext";
    static final String TRACE_ID_FIELD = "traceId";
    static final String SPAN_ID_FIELD = "spanId";

    // Liberty keeps extensions weakly: these strong references keep them alive while the application runs.
    private Object traceIdExtension;
    private Object spanIdExtension;

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        try {
            Class<?> context = Class.forName(LOG_RECORD_CONTEXT);
            Class<?> extension = Class.forName(LOG_RECORD_CONTEXT + "$Extension");
            Method register = context.getMethod("registerExtension", String.class, extension);
            traceIdExtension = extension(extension, SpanContext::getTraceId);
            spanIdExtension = extension(extension, SpanContext::getSpanId);
            register.invoke(null, TRACE_ID_FIELD, traceIdExtension);
            register.invoke(null, SPAN_ID_FIELD, spanIdExtension);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.config(() -> "Log lines carry no trace ids: Liberty's LogRecordContext is not available (" + e + ")");
        }
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stop) {
        if (traceIdExtension == null) {
            return;
        }
        try {
            Method unregister = Class.forName(LOG_RECORD_CONTEXT).getMethod("unregisterExtension", String.class);
            unregister.invoke(null, TRACE_ID_FIELD);
            unregister.invoke(null, SPAN_ID_FIELD);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.fine(() -> "Trace id log fields not unregistered: " + e);
        }
    }

    private static Object extension(Class<?> type, Function<SpanContext, String> id) {
        return Proxy.newProxyInstance(TraceContextLogFields.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getValue" -> currentId(id);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "TraceContextLogFields." + type.getSimpleName();
                });
    }

    private static String currentId(Function<SpanContext, String> id) {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? id.apply(span) : null;
    }
}
