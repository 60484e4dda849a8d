package org.example.observable.auth;

import org.example.observable.web.ApiException;

/** Unknown e-mail or wrong password: deliberately one answer for both. */
public class InvalidCredentialsException extends ApiException {

    public InvalidCredentialsException() {
        super(Kind.UNAUTHENTICATED, "E-mail or password is incorrect");
    }
}
