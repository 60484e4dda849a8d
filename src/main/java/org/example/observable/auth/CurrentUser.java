package org.example.observable.auth;

import jakarta.enterprise.context.RequestScoped;

/** The user the request's bearer token belongs to; set once by {@link BearerTokenFilter}. */
@RequestScoped
public class CurrentUser {

    private Long id;

    void authenticateAs(long userId) {
        this.id = userId;
    }

    /** Only valid on {@link Authenticated} endpoints, where the filter has already rejected anonymous calls. */
    public long id() {
        if (id == null) {
            throw new IllegalStateException("No authenticated user: the endpoint is not marked @Authenticated");
        }
        return id;
    }
}
