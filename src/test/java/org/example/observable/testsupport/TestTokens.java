package org.example.observable.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JWTs made by the tests: signed with the test server's own key (read from the key store Liberty generated for it,
 * {@code it.jwt.keystore}), with another key, or not at all, with any header and claims.
 */
public final class TestTokens {

    public static final String ISSUER = "observable-service";
    public static final String AUDIENCE = "observable-service-api";
    /** The alias of the key Liberty generates in its default key store. */
    private static final String SERVER_KEY_ALIAS = "default";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    /** The test server's signing key. */
    public static PrivateKey serverKey() {
        try {
            return (PrivateKey) serverKeyStore().getKey(SERVER_KEY_ALIAS, keyStorePassword());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test server's signing key", e);
        }
    }

    /** The public half of {@link #serverKey()}, from its certificate. */
    public static PublicKey serverPublicKey() {
        try {
            return serverKeyStore().getCertificate(SERVER_KEY_ALIAS).getPublicKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test server's certificate", e);
        }
    }

    private static KeyStore serverKeyStore() {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("it.jwt.keystore")))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, keyStorePassword());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the test server's key store " + System.getProperty("it.jwt.keystore"), e);
        }
    }

    private static char[] keyStorePassword() {
        return System.getProperty("it.jwt.keystore.password").toCharArray();
    }

    public static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(String algorithm) {
        return "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}";
    }

    /**
     * iss, aud, sub, exp ({@code validSeconds} from now, negative for the past) and iat: now, or for a token already
     * expired an hour before its expiry, as an issuer would have made it.
     */
    public static String claims(String subject, String issuer, String audience, long validSeconds) {
        long now = Instant.now().getEpochSecond();
        long expiry = now + validSeconds;
        long issuedAt = validSeconds > 0 ? now : expiry - 3600;
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + subject + "\",\"iat\":" + issuedAt
                + ",\"exp\":" + expiry + "}";
    }

    /** The claims of a token the server would accept for {@code userId} (its issuer and audience, one hour). */
    public static String claims(long userId) {
        return claims(Long.toString(userId), ISSUER, AUDIENCE, 3600);
    }

    /** RS256 (RSASSA-PKCS1-v1_5 with SHA-256) over header and claims as given. */
    public static String rs256(String header, String claims, PrivateKey key) {
        String input = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 over header and claims as given, with {@code key} as the HMAC key. */
    public static String hs256(String header, String claims, byte[] key) {
        String input = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return input + "." + URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header and claims with an empty signature ({@code alg: none}). */
    public static String unsigned(String claims) {
        return encode(header("none")) + "." + encode(claims) + ".";
    }

    public static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
