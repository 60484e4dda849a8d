package org.example.observable.users;

import java.util.List;
import org.example.observable.web.ApiException;
import org.example.observable.web.Problem;

/** The password breaks {@link PasswordPolicy}. */
public class InvalidPasswordException extends ApiException {

    private final String rule;

    InvalidPasswordException(String rule) {
        super(Kind.INVALID_INPUT, "The password does not meet the password policy");
        this.rule = rule;
    }

    @Override
    public List<Problem.FieldError> fieldErrors() {
        return List.of(new Problem.FieldError("password", rule));
    }
}
