package org.example.observable.web;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.observable.platform.DatabaseUnavailableException;
import org.example.observable.platform.FailureCauses;

/**
 * Anything no other mapper knows: recorded on the request's SERVER span (exception event and ERROR status: once
 * mapped, Liberty no longer sees the exception). A failure caused by the database being unavailable is answered
 * 503 with {@code Retry-After} and logged without its stack trace, at most once per {@link #OUTAGE_LOG_INTERVAL_NANOS}
 * with the count of the failures in between (an outage under load must not flood the log); anything else is logged
 * with its stack trace and answered 500 without internals.
 */
@Provider
@Dependent
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    private static final long OUTAGE_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final AtomicLong outageLoggedAt = new AtomicLong(System.nanoTime() - OUTAGE_LOG_INTERVAL_NANOS);
    private static final AtomicLong outageFailuresNotLogged = new AtomicLong();

    @Override
    public Response toResponse(Throwable exception) {
        String path = uriInfo.getRequestUri().getPath();
        Span span = Span.current();
        span.recordException(exception);
        span.setStatus(StatusCode.ERROR, exception.getClass().getSimpleName());
        Optional<DatabaseUnavailableException> databaseUnavailable = DatabaseUnavailableException.causing(exception);
        if (databaseUnavailable.isPresent()) {
            logOutage(path, exception);
            return ApiExceptionMapper.answer(databaseUnavailable.get(), path);
        }
        LOG.log(Level.SEVERE, "Unexpected failure on " + path, exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred")
                .at(path)
                .toResponse();
    }

    private static void logOutage(String path, Throwable exception) {
        long now = System.nanoTime();
        long last = outageLoggedAt.get();
        if (now - last < OUTAGE_LOG_INTERVAL_NANOS || !outageLoggedAt.compareAndSet(last, now)) {
            outageFailuresNotLogged.incrementAndGet();
            return;
        }
        Throwable root = FailureCauses.root(exception);
        long notLogged = outageFailuresNotLogged.getAndSet(0);
        LOG.warning(String.format("Database unavailable, answered 503 on %s: %s: %s (%d more such failures since the"
                + " last line of this kind)", path, root.getClass().getName(), root.getMessage(), notLogged));
    }
}
