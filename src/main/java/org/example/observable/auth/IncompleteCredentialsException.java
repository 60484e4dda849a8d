package org.example.observable.auth;

import java.util.List;
import org.example.observable.web.ApiException;
import org.example.observable.web.Problem;

/** A form log-in without username or password. */
public class IncompleteCredentialsException extends ApiException {

    private final List<Problem.FieldError> missing;

    IncompleteCredentialsException(List<Problem.FieldError> missing) {
        super(Kind.INVALID_INPUT, "The request is not valid");
        this.missing = List.copyOf(missing);
    }

    @Override
    public List<Problem.FieldError> fieldErrors() {
        return missing;
    }
}
