package org.example.observable.web;

import jakarta.ws.rs.core.Response;

/** A request body above the API-wide limit ({@link RequestBodyLimitFilter}). */
public class RequestBodyTooLargeException extends ApiException {

    RequestBodyTooLargeException(long maxBytes) {
        super(Response.Status.REQUEST_ENTITY_TOO_LARGE, "A request body may have at most " + maxBytes + " bytes");
    }
}
