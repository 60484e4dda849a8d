package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The user the request's bearer token belongs to; set once by {@link BearerTokenFilter}. Kept as an attribute of the
 * current request rather than in a request-scoped bean: a request that does not ask for its user (a read) then
 * creates no bean instance (measured: a request-scoped instance was 2% of a read's CPU samples). For the same reason
 * the filter sets it through its own request context: the injected {@link HttpServletRequest} is a request-scoped
 * CDI bean too, whose instance Weld creates and stores on its first use in each request (2.0-2.5 us and 0.7 KiB a read,
 * docs/performance.md). Only {@link #id()}, on the endpoints that need the user, uses it.
 */
@ApplicationScoped
public class CurrentUser {

    private static final String USER_ID = CurrentUser.class.getName() + ".id";

    @Inject
    HttpServletRequest request;

    /** A JAX-RS request's properties are its servlet request's attributes: {@link #id()} reads this one. */
    static void authenticate(ContainerRequestContext request, long userId) {
        request.setProperty(USER_ID, userId);
    }

    /** Only valid on {@link Authenticated} endpoints, where the filter has already rejected anonymous calls. */
    public long id() {
        if (request.getAttribute(USER_ID) instanceof Long id) {
            return id;
        }
        throw new IllegalStateException("No authenticated user: the endpoint is not marked @Authenticated");
    }
}
