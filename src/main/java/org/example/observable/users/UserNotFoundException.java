package org.example.observable.users;

import org.example.observable.web.ApiException;

public class UserNotFoundException extends ApiException {

    UserNotFoundException(long id) {
        super(Kind.NOT_FOUND, "No user with id " + id);
    }
}
