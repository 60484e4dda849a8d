package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.observable.platform.DeploymentEnvironment;

/** Builds the one {@link TokenService} from MicroProfile Config ({@code jwt.*}, env {@code JWT_*}). */
@ApplicationScoped
public class TokenServiceProducer {

    private static final Logger LOG = Logger.getLogger(TokenServiceProducer.class.getName());

    @Inject
    @ConfigProperty(name = "jwt.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "jwt.issuer", defaultValue = "observable-service")
    String issuer;

    @Inject
    @ConfigProperty(name = "jwt.audience", defaultValue = "observable-service-api")
    String audience;

    @Inject
    @ConfigProperty(name = "jwt.expires.minutes", defaultValue = "60")
    long expiresMinutes;

    private byte[] developmentKey;

    /** Generates the development key at start-up, so the warning appears once and early. */
    void prepareKey(@Observes Startup startup) {
        if (secret.filter(s -> !s.isBlank()).isEmpty() && !DeploymentEnvironment.isDeployed()) {
            developmentKey();
        }
    }

    @Produces
    @Singleton
    TokenService tokenService() {
        return new TokenService(key(), issuer, audience, Duration.ofMinutes(expiresMinutes), Clock.systemUTC());
    }

    private byte[] key() {
        Optional<String> configured = secret.filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return SigningKey.fromSecret(configured.get());
        }
        if (DeploymentEnvironment.isDeployed()) {
            throw new IllegalStateException("jwt.secret (environment variable JWT_SECRET) must be set when ENVIRONMENT="
                    + DeploymentEnvironment.name() + ": at least 32 bytes, raw or base64-encoded");
        }
        return developmentKey();
    }

    private synchronized byte[] developmentKey() {
        if (developmentKey == null) {
            developmentKey = SigningKey.random();
            LOG.warning("jwt.secret (JWT_SECRET) is not set: signing access tokens with a random key;"
                    + " tokens will not survive a restart (ENVIRONMENT=" + DeploymentEnvironment.name() + ")");
        }
        return developmentKey;
    }
}
