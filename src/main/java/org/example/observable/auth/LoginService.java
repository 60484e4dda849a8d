package org.example.observable.auth;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.users.UserService;

@ApplicationScoped
@Transactional
public class LoginService {

    @Inject
    UserService userService;

    @Inject
    TokenService tokenService;

    @Inject
    LoginThrottle throttle;

    @Inject
    Tracer tracer;

    /**
     * In a {@code user.login} span that records the outcome and the user id, never the e-mail or password. Refused
     * without checking the password while the account or the client address is throttled ({@link LoginThrottle}).
     */
    public TokenResponse login(String email, String password, String clientAddress) {
        Span span = tracer.spanBuilder(TelemetryNames.SPAN_USER_LOGIN).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            try {
                throttle.checkAllowed(email, clientAddress);
            } catch (LoginThrottledException e) {
                span.setAttribute(TelemetryNames.AUTH_SUCCESS, false);
                span.setStatus(StatusCode.ERROR, "Log-in throttled");
                throw e;
            }
            Optional<Long> userId = userService.authenticate(email, password);
            span.setAttribute(TelemetryNames.AUTH_SUCCESS, userId.isPresent());
            if (userId.isEmpty()) {
                throttle.failed(email, clientAddress);
                span.setStatus(StatusCode.ERROR, "Authentication failed");
                throw new InvalidCredentialsException();
            }
            throttle.succeeded(email);
            span.setAttribute(TelemetryNames.ENDUSER_ID, Long.toString(userId.get()));
            return TokenResponse.bearer(tokenService.issue(userId.get()));
        } finally {
            span.end();
        }
    }
}
