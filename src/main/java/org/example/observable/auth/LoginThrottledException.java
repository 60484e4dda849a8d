package org.example.observable.auth;

import java.util.Map;
import org.example.observable.web.ApiException;

/** Too many failed log-ins for the account or from the client address: 429 with {@code Retry-After}. */
public class LoginThrottledException extends ApiException {

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super(Kind.TOO_MANY_ATTEMPTS, "Too many failed log-ins: try again later");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> responseHeaders() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
