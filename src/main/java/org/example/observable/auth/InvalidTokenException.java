package org.example.observable.auth;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

/** The bearer token is missing, malformed, forged, expired, or belongs to no user. */
public class InvalidTokenException extends ApiException {

    public InvalidTokenException(String detail) {
        super(Response.Status.UNAUTHORIZED, detail);
    }
}
