package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.users.UserService;

@ApplicationScoped
@Transactional
public class LoginService {

    @Inject
    UserService userService;

    @Inject
    AccessTokenIssuer tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    ApplicationSpans spans;

    /**
     * In a {@code user.login} span that records the outcome and the user id, never the e-mail or password. Refused
     * without checking the password while the account or the client address is throttled ({@link LoginThrottle}).
     */
    public TokenResponse login(String email, String password, String clientAddress) {
        return spans.call(TelemetryNames.SPAN_USER_LOGIN, LoginService::statusDescription, span -> {
            span.setAttribute(TelemetryAttributes.AUTH_SUCCESS, false);
            throttle.checkAllowed(email, clientAddress);
            Optional<Long> userId = userService.authenticate(email, password);
            span.setAttribute(TelemetryAttributes.AUTH_SUCCESS, userId.isPresent());
            if (userId.isEmpty()) {
                throttle.failed(email, clientAddress);
                throw new InvalidCredentialsException();
            }
            throttle.succeeded(email);
            span.setAttribute(TelemetryAttributes.ENDUSER_ID, Long.toString(userId.get()));
            return TokenResponse.bearer(tokens.issue(userId.get()));
        });
    }

    private static String statusDescription(RuntimeException failure) {
        if (failure instanceof InvalidCredentialsException) {
            return "Authentication failed";
        }
        return failure instanceof LoginThrottledException ? "Log-in throttled" : failure.getMessage();
    }
}
