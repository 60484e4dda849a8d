package org.example.observable.payments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.observable.platform.DeploymentEnvironment;

/**
 * The shared secret that admits a caller to the payment service: {@code payment.service.token} (env
 * {@code PAYMENT_SERVICE_TOKEN}), sent by the orders client as {@code Authorization: Bearer <token>}. Required in a
 * deployed environment; elsewhere a random one per start, which works because the service then calls itself.
 */
@ApplicationScoped
public class ServiceCredential {

    private static final Logger LOG = Logger.getLogger(ServiceCredential.class.getName());
    private static final String SCHEME = "Bearer ";

    @Inject
    @ConfigProperty(name = "payment.service.token")
    Optional<String> configured;

    private byte[] expected;
    private String header;

    @PostConstruct
    void init() {
        String token = configured.filter(t -> !t.isBlank()).map(String::strip).orElseGet(this::developmentToken);
        header = SCHEME + token;
        expected = header.getBytes(StandardCharsets.UTF_8);
    }

    /** Checked at start-up, so a deployed instance without the secret fails early and says why. */
    void checkAtStartup(@Observes Startup startup) {
        header();
    }

    /** The {@code Authorization} value a caller sends. */
    public String header() {
        return header;
    }

    /** Whether the {@code Authorization} header carries the credential (compared in constant time). */
    public boolean accepts(String authorization) {
        return authorization != null
                && MessageDigest.isEqual(expected, authorization.strip().getBytes(StandardCharsets.UTF_8));
    }

    private String developmentToken() {
        if (DeploymentEnvironment.isDeployed()) {
            throw new IllegalStateException("payment.service.token (environment variable PAYMENT_SERVICE_TOKEN) must be"
                    + " set when ENVIRONMENT=" + DeploymentEnvironment.name() + ": the same value on the orders and the payments instances");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        LOG.info("PAYMENT_SERVICE_TOKEN is not set: the payment service accepts a random credential known only to this"
                + " instance (ENVIRONMENT=" + DeploymentEnvironment.name() + ")");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
