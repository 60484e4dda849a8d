package org.example.observable.users;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}; the stored form is
 * {@code algorithm:iterations:base64(salt):base64(hash)}, so hashes made with other parameters still verify.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "password.hash.algorithm", defaultValue = "PBKDF2WithHmacSHA256")
    String algorithm;

    @Inject
    @ConfigProperty(name = "password.hash.iterations", defaultValue = "210000")
    int iterations;

    /** Verified against when the e-mail is unknown, so both failures cost the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", algorithm,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash("decoy-password-0");
    }

    String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    void spendVerificationTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
