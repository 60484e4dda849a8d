package org.example.observable.posts;

import org.example.observable.web.ApiException;

public class PostNotFoundException extends ApiException {

    public PostNotFoundException(long id) {
        super(Kind.NOT_FOUND, "No post with id " + id);
    }
}
