package org.example.observable.posts;

import java.util.List;
import org.example.observable.web.ApiException;
import org.example.observable.web.Problem;

/** limit or skip outside {@link PageRequest}'s bounds. */
public class InvalidPageRequestException extends ApiException {

    private final Problem.FieldError error;

    InvalidPageRequestException(String parameter, String rule) {
        super(Kind.INVALID_INPUT, "The paging parameters are not valid");
        this.error = new Problem.FieldError(parameter, rule);
    }

    @Override
    public List<Problem.FieldError> fieldErrors() {
        return List.of(error);
    }
}
