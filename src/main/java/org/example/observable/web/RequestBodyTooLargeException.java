package org.example.observable.web;

/** A request body above the API-wide limit ({@link RequestBodyLimitFilter}). */
public class RequestBodyTooLargeException extends ApiException {

    RequestBodyTooLargeException(long maxBytes) {
        super(Kind.TOO_LARGE, "A request body may have at most " + maxBytes + " bytes");
    }
}
