package org.example.observable.auth;

import io.opentelemetry.api.trace.Span;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryNames;

/**
 * Admits {@link Authenticated} requests only with {@code Authorization: Bearer <token>} of a user that still exists
 * ({@link ExistingUsers}). Failures are {@link InvalidTokenException}s, answered 401 with
 * {@code WWW-Authenticate: Bearer} by the web layer's mapper. The check runs in an {@code auth.validate_token} span, and the request span (current here,
 * post-matching) gets {@code enduser.id}; the token is never recorded.
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
    ExistingUsers existingUsers;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationSpans spans;

    @Override
    public void filter(ContainerRequestContext request) {
        Span requestSpan = Span.current();
        spans.run(TelemetryNames.SPAN_AUTH_VALIDATE_TOKEN, span -> {
            long userId;
            try {
                userId = validate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
            } catch (InvalidTokenException e) {
                span.setAttribute(TelemetryNames.AUTH_SUCCESS, false);
                throw e;
            }
            span.setAttribute(TelemetryNames.AUTH_SUCCESS, true);
            span.setAttribute(TelemetryNames.ENDUSER_ID, Long.toString(userId));
            requestSpan.setAttribute(TelemetryNames.ENDUSER_ID, Long.toString(userId));
            currentUser.authenticateAs(userId);
        });
    }

    private long validate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new InvalidTokenException("A bearer access token is required");
        }
        long userId = tokenService.verify(authorization.substring(SCHEME.length()).strip());
        if (!existingUsers.exists(userId)) {
            throw new InvalidTokenException("The access token is not valid");
        }
        return userId;
    }
}
