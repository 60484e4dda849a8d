package org.example.observable.auth;

import io.opentelemetry.api.trace.Span;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;

/**
 * Admits {@link Authenticated} requests only with {@code Authorization: Bearer <token>} that Liberty's MicroProfile
 * JWT verifies ({@code <mpJwt id="accessTokens">}: signature, algorithm, issuer, audience, expiry) and whose user
 * still exists ({@link ExistingUsers}). The verification is asked for here ({@link HttpServletRequest#authenticate})
 * rather than by a security constraint, so that a refusal is an {@link InvalidTokenException} (401 problem with
 * {@code WWW-Authenticate: Bearer}, from the web layer's mapper) and is traced: the check runs in an
 * {@code auth.validate_token} span, and the request span (current here, post-matching) gets {@code enduser.id}.
 * The token is never recorded, nor shown to Liberty unless its signature is genuine ({@link TokenSignatures}) and it
 * has not certainly expired ({@link TokenExpiry}). A token verified before is not verified again until it expires
 * ({@link VerifiedTokens}); when its user was also confirmed recently ({@link ExistingUsers}) there is no work to
 * trace and no span, only {@code enduser.id}. Liberty does not authenticate requests on its own either
 * ({@code useAuthenticationDataForUnprotectedResource="false"} in server.xml: no URL is protected by the container),
 * so a repeated token costs two map lookups.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
@Dependent
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpServletResponse servletResponse;

    @Inject
    ExistingUsers existingUsers;

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    TokenSignatures signatures;

    @Inject
    TokenExpiry expiry;

    @Inject
    ApplicationSpans spans;

    @Override
    public void filter(ContainerRequestContext request) {
        Span requestSpan = Span.current();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        long remembered = rememberedUser(authorization);
        if (remembered != 0) {
            // Nothing to verify or look up: two map lookups are not worth a span (nor its export).
            authenticated(remembered, requestSpan, request);
            return;
        }
        spans.run(TelemetryNames.SPAN_AUTH_VALIDATE_TOKEN, span -> {
            long userId;
            try {
                userId = validate(authorization);
            } catch (InvalidTokenException e) {
                span.setAttribute(TelemetryAttributes.AUTH_SUCCESS, false);
                throw e;
            }
            span.setAttribute(TelemetryAttributes.AUTH_SUCCESS, true);
            span.setAttribute(TelemetryAttributes.ENDUSER_ID, Long.toString(userId));
            authenticated(userId, requestSpan, request);
        });
    }

    /** The user of a token verified before whose existence was confirmed recently; 0 when there is work to do. */
    private long rememberedUser(String authorization) {
        if (authorization == null || !authorization.startsWith(SCHEME)) {
            return 0;
        }
        long userId = verifiedTokens.userOf(authorization.substring(SCHEME.length()));
        return userId != 0 && existingUsers.confirmed(userId) ? userId : 0;
    }

    private static void authenticated(long userId, Span requestSpan, ContainerRequestContext request) {
        requestSpan.setAttribute(TelemetryAttributes.ENDUSER_ID, Long.toString(userId));
        CurrentUser.authenticate(request, userId);
    }

    private long validate(String authorization) {
        if (authorization == null || !authorization.startsWith(SCHEME)) {
            throw new InvalidTokenException("A bearer access token is required");
        }
        String token = authorization.substring(SCHEME.length());
        long userId = verifiedTokens.userOf(token);
        if (userId == 0) {
            // An expired token before any signature check (TokenExpiry: its signature verified twice, and Liberty's
            // login, cost twice a read's CPU); a forged one before Liberty, which would write the token into an FFDC
            // incident file (TokenSignatures). Either way the same answer as Liberty's refusal below.
            if (expiry.refuses(token) || signatures.refuses(token)) {
                throw new InvalidTokenException("The access token is not valid");
            }
            JsonWebToken verified = verified();
            userId = UserIdClaim.of(verified);
            verifiedTokens.remember(token, userId, verified.getExpirationTime());
        }
        if (!existingUsers.exists(userId)) {
            throw new InvalidTokenException("The access token is not valid");
        }
        return userId;
    }

    /** The token as MicroProfile JWT verifies it (signature, algorithm, issuer, audience, expiry). */
    private JsonWebToken verified() {
        try {
            if (servletRequest.authenticate(servletResponse) && servletRequest.getUserPrincipal() instanceof JsonWebToken token) {
                return token;
            }
        } catch (ServletException | IOException refused) {
            // answered below, like any other refusal
        }
        // The refusal is ours to answer: Liberty's challenge (realm="MP-JWT", error="invalid_token") is dropped.
        servletResponse.setHeader(HttpHeaders.WWW_AUTHENTICATE, null);
        throw new InvalidTokenException("The access token is not valid");
    }
}
