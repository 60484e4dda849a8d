package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.example.observable.telemetry.ApplicationSpans;
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
    ApplicationSpans spans;

    /** In a {@code user.login} span that records the outcome and the user id, never the e-mail or password. */
    public TokenResponse login(String email, String password) {
        return spans.call(TelemetryNames.SPAN_USER_LOGIN, LoginService::statusDescription, span -> {
            Optional<Long> userId = userService.authenticate(email, password);
            span.setAttribute(TelemetryNames.AUTH_SUCCESS, userId.isPresent());
            if (userId.isEmpty()) {
                throw new InvalidCredentialsException();
            }
            span.setAttribute(TelemetryNames.ENDUSER_ID, Long.toString(userId.get()));
            return TokenResponse.bearer(tokenService.issue(userId.get()));
        });
    }

    private static String statusDescription(RuntimeException failure) {
        return failure instanceof InvalidCredentialsException ? "Authentication failed" : failure.getMessage();
    }
}
