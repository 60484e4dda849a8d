package org.example.observable.web;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper knows: logged here once, recorded on the request's SERVER span (exception event and
 * ERROR status: once mapped, Liberty no longer sees the exception), answered 500 without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String path = uriInfo.getRequestUri().getPath();
        LOG.log(Level.SEVERE, "Unexpected failure on " + path, exception);
        Span span = Span.current();
        span.recordException(exception);
        span.setStatus(StatusCode.ERROR, exception.getClass().getSimpleName());
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred")
                .at(path)
                .toResponse();
    }
}
