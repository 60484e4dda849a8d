package org.example.observable.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;

/**
 * The one way our code makes a span: started under the current span, current while the work runs, always ended;
 * a RuntimeException escaping the work is recorded on it (an {@code exception} event and ERROR status) and
 * rethrown. The work sets its own attributes and events through the span it is given.
 */
@ApplicationScoped
public class ApplicationSpans {

    /** Work that runs inside the span and answers a value. */
    @FunctionalInterface
    public interface Work<T> {
        T in(Span span);
    }

    /** Work that runs inside the span. */
    @FunctionalInterface
    public interface Task {
        void in(Span span);
    }

    @Inject
    OpenTelemetry openTelemetry;

    private Tracer tracer;

    @PostConstruct
    void buildTracer() {
        tracer = openTelemetry.getTracer(TelemetryNames.INSTRUMENTATION_SCOPE);
    }

    /**
     * For the spans {@link #call} does not shape: another kind, links, no parent (background work that is not part
     * of the current trace). The caller ends the span.
     */
    public SpanBuilder builder(String spanName) {
        return tracer.spanBuilder(spanName);
    }

    /** The ERROR status description is the exception's message. */
    public <T> T call(String spanName, Work<T> work) {
        return call(spanName, Throwable::getMessage, work);
    }

    public <T> T call(String spanName, Function<RuntimeException, String> statusDescription, Work<T> work) {
        Span span = tracer.spanBuilder(spanName).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.in(span);
        } catch (RuntimeException e) {
            span.recordException(e);
            String description = statusDescription.apply(e);
            span.setStatus(StatusCode.ERROR, description != null ? description : e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    public void run(String spanName, Task task) {
        run(spanName, Throwable::getMessage, task);
    }

    public void run(String spanName, Function<RuntimeException, String> statusDescription, Task task) {
        call(spanName, statusDescription, span -> {
            task.in(span);
            return null;
        });
    }
}
