package org.example.observable.users;

import org.example.observable.web.ApiException;

public class EmailAlreadyRegisteredException extends ApiException {

    EmailAlreadyRegisteredException() {
        super(Kind.CONFLICT, "This e-mail address is already registered");
    }
}
