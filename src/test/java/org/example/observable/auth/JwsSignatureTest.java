package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JwsSignatureTest {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String CLAIMS = "{\"sub\":\"42\"}";

    static KeyPair keyPair(String algorithm, AlgorithmParameterSpec parameters) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (parameters != null) {
                generator.initialize(parameters);
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact JWS over {@code header} and {@code claims}, signed with a JCA algorithm. */
    static String sign(String header, String claims, PrivateKey key, String javaAlgorithm, AlgorithmParameterSpec parameters) {
        String input = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance(javaAlgorithm);
            if (parameters != null) {
                signer.setParameter(parameters);
            }
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(String header, PrivateKey key) {
        return sign(header, CLAIMS, key, "SHA256withRSA", null);
    }

    @Test
    void readsTheAlgorithmAndKeyIdOfTheHeader() {
        KeyPair rsa = keyPair("RSA", null);
        JwsSignature signature = JwsSignature.of(rs256("{\"alg\":\"RS256\",\"kid\":\"k1\"}", rsa.getPrivate())).orElseThrow();

        assertEquals("RS256", signature.algorithm());
        assertEquals(Optional.of("k1"), signature.keyId());
        assertEquals(Optional.empty(), JwsSignature.of(rs256("{\"alg\":\"RS256\"}", rsa.getPrivate())).orElseThrow().keyId());
    }

    @Test
    void rs256IsVerifiedByItsKeyOnly() {
        KeyPair rsa = keyPair("RSA", null);
        String token = rs256("{\"alg\":\"RS256\"}", rsa.getPrivate());
        JwsSignature signature = JwsSignature.of(token).orElseThrow();

        assertTrue(signature.verifiesWith(rsa.getPublic()));
        assertFalse(signature.verifiesWith(keyPair("RSA", null).getPublic()), "another RSA key");
        assertFalse(signature.verifiesWith(keyPair("EC", new ECGenParameterSpec("secp256r1")).getPublic()), "an EC key");
        String[] parts = token.split("\\.");
        String otherClaims = URL.encodeToString("{\"sub\":\"1\"}".getBytes(StandardCharsets.UTF_8));
        assertFalse(JwsSignature.of(parts[0] + "." + otherClaims + "." + parts[2]).orElseThrow().verifiesWith(rsa.getPublic()),
                "the signature of other claims");
    }

    @Test
    void ps256AndEs256AreVerified() {
        KeyPair rsa = keyPair("RSA", null);
        PSSParameterSpec pss = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
        assertTrue(JwsSignature.of(sign("{\"alg\":\"PS256\"}", CLAIMS, rsa.getPrivate(), "RSASSA-PSS", pss)).orElseThrow()
                .verifiesWith(rsa.getPublic()));

        KeyPair ec = keyPair("EC", new ECGenParameterSpec("secp256r1"));
        String es256 = sign("{\"alg\":\"ES256\"}", CLAIMS, ec.getPrivate(), "SHA256withECDSAinP1363Format", null);
        assertTrue(JwsSignature.of(es256).orElseThrow().verifiesWith(ec.getPublic()));
        assertFalse(JwsSignature.of(es256).orElseThrow().verifiesWith(rsa.getPublic()));
        // DER instead of the JWS format (R || S): not a valid ES256 signature.
        String der = sign("{\"alg\":\"ES256\"}", CLAIMS, ec.getPrivate(), "SHA256withECDSA", null);
        assertFalse(JwsSignature.of(der).orElseThrow().verifiesWith(ec.getPublic()));
    }

    @Test
    void hmacAndNoneAreNotVerifiableHere() {
        assertTrue(JwsSignature.verifiable("RS256"));
        assertTrue(JwsSignature.verifiable("ES512"));
        assertFalse(JwsSignature.verifiable("HS256"));
        assertFalse(JwsSignature.verifiable("none"));
        KeyPair rsa = keyPair("RSA", null);
        String none = URL.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(CLAIMS.getBytes(StandardCharsets.UTF_8)) + ".";
        assertFalse(JwsSignature.of(none).orElseThrow().verifiesWith(rsa.getPublic()));
    }

    @Test
    void whatIsNotACompactJwsHasNoSignature() {
        String header = URL.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = URL.encodeToString(CLAIMS.getBytes(StandardCharsets.UTF_8));
        for (String notJws : new String[] {"", "not-a-token", "..", header + "." + claims, header + "." + claims + ".a.b",
                "!!." + claims + ".c2ln", URL.encodeToString("not json".getBytes(StandardCharsets.UTF_8)) + "." + claims + ".c2ln",
                URL.encodeToString("[1]".getBytes(StandardCharsets.UTF_8)) + "." + claims + ".c2ln",
                URL.encodeToString("{\"alg\":5}".getBytes(StandardCharsets.UTF_8)) + "." + claims + ".c2ln",
                URL.encodeToString("{\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + claims + ".c2ln",
                header + "." + claims + ".not*base64"}) {
            assertEquals(Optional.empty(), JwsSignature.of(notJws).map(JwsSignature::algorithm), notJws);
        }
    }
}
