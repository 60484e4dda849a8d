package org.example.observable.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.example.observable.users.UserService;

/**
 * Admits {@link Authenticated} requests only with {@code Authorization: Bearer <token>} of an existing user.
 * Failures are {@link InvalidTokenException}s, answered 401 with {@code WWW-Authenticate: Bearer} by the web
 * layer's mapper.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    @Inject
    TokenService tokenService;

    @Inject
    UserService userService;

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new InvalidTokenException("A bearer access token is required");
        }
        long userId = tokenService.verify(authorization.substring(SCHEME.length()).strip());
        if (!userService.exists(userId)) {
            throw new InvalidTokenException("The access token is not valid");
        }
        currentUser.authenticateAs(userId);
    }
}
