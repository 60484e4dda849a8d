package org.example.observable.posts;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class NotPostOwnerException extends ApiException {

    NotPostOwnerException() {
        super(Response.Status.FORBIDDEN, "Only the author may change or delete this post");
    }
}
