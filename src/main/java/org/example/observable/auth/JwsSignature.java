package org.example.observable.auth;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The signature of a compact JWS (RFC 7515): its header's {@code alg} and {@code kid}, what was signed and the
 * signature, and whether a public key verifies it. Only the signature: claims, expiry, issuer and audience are
 * MicroProfile JWT's to check.
 */
final class JwsSignature {

    private final String algorithm;
    private final Optional<String> keyId;
    private final byte[] signingInput;
    private final byte[] signature;

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private JwsSignature(String algorithm, Optional<String> keyId, byte[] signingInput, byte[] signature) {
        this.algorithm = algorithm;
        this.keyId = keyId;
        this.signingInput = signingInput;
        this.signature = signature;
    }

    /** The signature of {@code token}; empty when it is not a compact JWS with a JSON header naming an algorithm. */
    static Optional<JwsSignature> of(String token) {
        int firstDot = token.indexOf('.');
        int lastDot = token.lastIndexOf('.');
        if (firstDot <= 0 || lastDot == firstDot || token.indexOf('.', firstDot + 1) != lastDot) {
            return Optional.empty();
        }
        try {
            JsonObject header = jsonObject(token.substring(0, firstDot));
            if (!(header.get("alg") instanceof JsonString algorithm)) {
                return Optional.empty();
            }
            Optional<String> keyId = header.get("kid") instanceof JsonString kid ? Optional.of(kid.getString()) : Optional.empty();
            return Optional.of(new JwsSignature(algorithm.getString(), keyId,
                    token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII),
                    BASE64URL.decode(token.substring(lastDot + 1))));
        } catch (IllegalArgumentException | JsonException | ClassCastException notJws) {
            return Optional.empty();
        }
    }

    /**
     * A part of a compact JWS that is a base64url-encoded JSON object (its header, or a JWT's claims); throws
     * {@link IllegalArgumentException} or {@link JsonException} when it is not one.
     */
    static JsonObject jsonObject(String base64url) {
        try (JsonReader reader = JSON.createReader(new StringReader(new String(BASE64URL.decode(base64url), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    /** Whether this class can verify signatures of {@code algorithm} (RS*, PS*, ES*; not HMAC, not {@code none}). */
    static boolean verifiable(String algorithm) {
        return javaAlgorithm(algorithm) != null;
    }

    /** Whether {@code key} verifies this signature under its header's algorithm. */
    boolean verifiesWith(PublicKey key) {
        String javaAlgorithm = javaAlgorithm(algorithm);
        boolean keyFits = algorithm.startsWith("ES") ? key instanceof ECPublicKey : key instanceof RSAPublicKey;
        if (javaAlgorithm == null || !keyFits) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(javaAlgorithm);
            AlgorithmParameterSpec parameters = pssParameters(algorithm);
            if (parameters != null) {
                verifier.setParameter(parameters);
            }
            verifier.initVerify(key);
            verifier.update(signingInput);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException notVerified) {
            return false;
        }
    }

    /** The JCA name of a JWS algorithm (RFC 7518 section 3.1); null for the ones not verified here. */
    private static String javaAlgorithm(String algorithm) {
        return switch (algorithm) {
            case "RS256" -> "SHA256withRSA";
            case "RS384" -> "SHA384withRSA";
            case "RS512" -> "SHA512withRSA";
            case "PS256", "PS384", "PS512" -> "RSASSA-PSS";
            case "ES256" -> "SHA256withECDSAinP1363Format";
            case "ES384" -> "SHA384withECDSAinP1363Format";
            case "ES512" -> "SHA512withECDSAinP1363Format";
            default -> null;
        };
    }

    private static AlgorithmParameterSpec pssParameters(String algorithm) {
        return switch (algorithm) {
            case "PS256" -> new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
            case "PS384" -> new PSSParameterSpec("SHA-384", "MGF1", MGF1ParameterSpec.SHA384, 48, 1);
            case "PS512" -> new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1);
            default -> null;
        };
    }

    /** The header's {@code alg}. */
    String algorithm() {
        return algorithm;
    }

    /** The header's {@code kid}, naming the key among an issuer's keys. */
    Optional<String> keyId() {
        return keyId;
    }
}
