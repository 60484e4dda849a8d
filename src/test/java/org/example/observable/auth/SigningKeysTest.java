package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static final String GENERATED = "/srv/servers/defaultServer/resources/security/key.p12";
    private static final String CONFIGURED = "/etc/observable/token-keys.p12";

    @Test
    void developmentAndTestMayUseTheGeneratedKeyStore() {
        assertEquals(Optional.empty(), SigningKeys.refusal("development", GENERATED, GENERATED, true), "development");
        assertEquals(Optional.empty(), SigningKeys.refusal("test", GENERATED, GENERATED, false), "test");
    }

    @Test
    void productionRefusesTheGeneratedKeyStore() {
        Optional<String> refusal = SigningKeys.refusal("production", GENERATED, GENERATED, true);
        assertTrue(refusal.orElse("").contains("JWT_KEYSTORE"), "refusal: " + refusal);
    }

    @Test
    void stagingRefusesAKeyStoreWithoutPassword() {
        Optional<String> refusal = SigningKeys.refusal("staging", CONFIGURED, GENERATED, false);
        assertTrue(refusal.orElse("").contains("JWT_KEYSTORE_PASSWORD"), "refusal: " + refusal);
    }

    @Test
    void productionStartsWithItsOwnKeyStoreAndPassword() {
        assertEquals(Optional.empty(), SigningKeys.refusal("production", CONFIGURED, GENERATED, true));
    }
}
