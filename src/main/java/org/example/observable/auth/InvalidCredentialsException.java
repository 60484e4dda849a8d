package org.example.observable.auth;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

/** Unknown e-mail or wrong password: deliberately one answer for both. */
public class InvalidCredentialsException extends ApiException {

    public InvalidCredentialsException() {
        super(Response.Status.UNAUTHORIZED, "E-mail or password is incorrect");
    }
}
