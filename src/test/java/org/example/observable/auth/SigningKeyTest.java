package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    @Test
    void base64SecretIsDecoded() {
        byte[] key = new byte[32];
        key[0] = 7;

        assertArrayEquals(key, SigningKey.fromSecret(Base64.getEncoder().encodeToString(key)));
    }

    @Test
    void rawSecretIsUsedAsUtf8() {
        String raw = "this is a raw secret of 32+ bytes!";

        assertArrayEquals(raw.getBytes(StandardCharsets.UTF_8), SigningKey.fromSecret(raw));
    }

    @Test
    void secretShorterThan32BytesIsRefused() {
        assertThrows(IllegalStateException.class, () -> SigningKey.fromSecret("too-short"));
    }
}
