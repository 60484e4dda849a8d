package org.example.observable.auth;

import org.example.observable.web.ApiException;

/** The bearer token is missing, malformed, forged, expired, or belongs to no user. */
public class InvalidTokenException extends ApiException {

    public InvalidTokenException(String detail) {
        super(Kind.UNAUTHENTICATED, detail);
    }
}
