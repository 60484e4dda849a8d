package org.example.observable.posts;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class PostNotFoundException extends ApiException {

    public PostNotFoundException(long id) {
        super(Response.Status.NOT_FOUND, "No post with id " + id);
    }
}
