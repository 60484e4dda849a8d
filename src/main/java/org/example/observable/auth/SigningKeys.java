package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.observable.platform.DeploymentEnvironment;

/**
 * The start-up check of the access-token key (server.xml: {@code JWT_KEYSTORE}, {@code JWT_KEYSTORE_PASSWORD},
 * {@code JWT_KEY_ALIAS}). A deployed environment (staging, production) refuses to start with the key store Liberty
 * generates for development or without a password; every environment then signs one token, so a wrong alias or
 * password stops the start instead of the first log-in.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    @ConfigProperty(name = "jwt.keystore")
    String keystore;

    /** Where Liberty generates its default key store: a fact of server.xml, not a setting. */
    @Inject
    @ConfigProperty(name = "jwt.generated.keystore")
    String generatedKeystore;

    @Inject
    @ConfigProperty(name = "jwt.keystore.password")
    Optional<String> password;

    @Inject
    AccessTokenIssuer issuer;

    void checkAtStartup(@Observes Startup startup) {
        String environment = DeploymentEnvironment.name();
        refusal(environment, keystore, generatedKeystore, password.isPresent()).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        issuer.issue("start-up-check");
        if (keystore.equals(generatedKeystore)) {
            LOG.info("Access tokens are signed with Liberty's generated development key (" + keystore + ", ENVIRONMENT="
                    + environment + "); set JWT_KEYSTORE, JWT_KEYSTORE_PASSWORD and JWT_KEY_ALIAS to use your own");
        }
    }

    /** Why {@code environment} may not start with these key settings, if it may not. */
    static Optional<String> refusal(String environment, String keystore, String generatedKeystore, boolean passwordSet) {
        if (!DeploymentEnvironment.isDeployed(environment)) {
            return Optional.empty();
        }
        if (keystore.equals(generatedKeystore) || !passwordSet) {
            return Optional.of("JWT_KEYSTORE (a PKCS12 key store with the token signing key pair), JWT_KEYSTORE_PASSWORD"
                    + " and JWT_KEY_ALIAS must be set when ENVIRONMENT=" + environment
                    + ": the key Liberty generates is for development only");
        }
        return Optional.empty();
    }
}
