package org.example.observable.web;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every broken rule of the features: the one table from {@link ApiException.Kind} to HTTP status. */
@Provider
@Dependent
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    /** Seconds a client is asked to wait before trying again after a 503 (a dependency is unavailable for now). */
    static final String UNAVAILABLE_RETRY_AFTER_SECONDS = "5";

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ApiException exception) {
        return answer(exception, uriInfo.getRequestUri().getPath());
    }

    static Response answer(ApiException exception, String path) {
        Response.Status status = statusOf(exception.kind());
        Response.ResponseBuilder response = Problem.of(status, exception.getMessage())
                .at(path)
                .withErrors(exception.fieldErrors())
                .toResponseBuilder();
        exception.responseHeaders().forEach(response::header);
        if (status == Response.Status.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        } else if (status == Response.Status.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    static Response.Status statusOf(ApiException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> Response.Status.BAD_REQUEST;
            case UNAUTHENTICATED -> Response.Status.UNAUTHORIZED;
            case PAYMENT_DECLINED -> Response.Status.PAYMENT_REQUIRED;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case TOO_MANY_ATTEMPTS -> Response.Status.TOO_MANY_REQUESTS;
            case UPSTREAM_FAILED -> Response.Status.BAD_GATEWAY;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
            case UPSTREAM_TIMEOUT -> Response.Status.GATEWAY_TIMEOUT;
        };
    }
}
