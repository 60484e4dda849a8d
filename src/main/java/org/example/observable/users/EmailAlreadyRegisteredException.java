package org.example.observable.users;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class EmailAlreadyRegisteredException extends ApiException {

    EmailAlreadyRegisteredException() {
        super(Response.Status.CONFLICT, "This e-mail address is already registered");
    }
}
