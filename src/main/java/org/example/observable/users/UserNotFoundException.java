package org.example.observable.users;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class UserNotFoundException extends ApiException {

    UserNotFoundException(long id) {
        super(Response.Status.NOT_FOUND, "No user with id " + id);
    }
}
