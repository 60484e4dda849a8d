package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the one {@link LoginThrottle} from MicroProfile Config ({@code auth.login.*}, env {@code AUTH_LOGIN_*}). */
@ApplicationScoped
public class LoginThrottleProducer {

    @Inject
    @ConfigProperty(name = "auth.login.max.failures.per.account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "auth.login.max.failures.per.address", defaultValue = "50")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "auth.login.failure.window.seconds", defaultValue = "300")
    long failureWindowSeconds;

    @Produces
    @Singleton
    LoginThrottle loginThrottle() {
        return new LoginThrottle(maxFailuresPerAccount, maxFailuresPerAddress, failureWindowSeconds, Clock.systemUTC());
    }
}
