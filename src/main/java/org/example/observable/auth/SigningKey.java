package org.example.observable.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** The HMAC key behind access tokens: from a configured secret (base64 or raw text) or random. */
final class SigningKey {

    static final int MINIMUM_BYTES = 32;

    private SigningKey() {
    }

    /** A secret that decodes as base64 to at least 32 bytes is used decoded; anything else as its UTF-8 bytes. */
    static byte[] fromSecret(String secret) {
        byte[] key = decodeBase64(secret.strip());
        if (key == null || key.length < MINIMUM_BYTES) {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
        if (key.length < MINIMUM_BYTES) {
            throw new IllegalStateException("jwt.secret (JWT_SECRET) must be at least " + MINIMUM_BYTES
                    + " bytes, raw or base64-encoded");
        }
        return key;
    }

    static byte[] random() {
        byte[] key = new byte[MINIMUM_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            try {
                return Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException notBase64Url) {
                return null;
            }
        }
    }
}
