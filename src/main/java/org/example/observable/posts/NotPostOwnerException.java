package org.example.observable.posts;

import org.example.observable.web.ApiException;

public class NotPostOwnerException extends ApiException {

    NotPostOwnerException() {
        super(Kind.FORBIDDEN, "Only the author may change or delete this post");
    }
}
