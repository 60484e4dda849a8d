package org.example.observable.auth;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signature keys of a JSON Web Key Set (RFC 7517) as public keys: RSA ({@code n}, {@code e}) and EC on the NIST
 * curves ({@code crv}, {@code x}, {@code y}), each with its {@code kid}. Keys for encryption ({@code "use":"enc"})
 * and of other types are left out; a malformed key is left out, not the whole set.
 */
final class JsonWebKeys {

    /** A verification key and the {@code kid} it is published under, if any. */
    record Key(Optional<String> keyId, PublicKey publicKey) {
    }

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private JsonWebKeys() {
    }

    /** The signature keys of a JWKS document; empty when it is not one. */
    static List<Key> parse(String jwks) {
        JsonObject document;
        try (JsonReader reader = JSON.createReader(new StringReader(jwks))) {
            document = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            return List.of();
        }
        if (!(document.get("keys") instanceof jakarta.json.JsonArray keys)) {
            return List.of();
        }
        List<Key> result = new ArrayList<>();
        for (JsonValue value : keys) {
            if (value instanceof JsonObject jwk && !"enc".equals(jwk.getString("use", "sig"))) {
                publicKey(jwk).ifPresent(key -> result.add(new Key(Optional.ofNullable(jwk.getString("kid", null)), key)));
            }
        }
        return List.copyOf(result);
    }

    private static Optional<PublicKey> publicKey(JsonObject jwk) {
        try {
            return switch (jwk.getString("kty", "")) {
                case "RSA" -> Optional.of(KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(unsigned(jwk, "n"), unsigned(jwk, "e"))));
                case "EC" -> Optional.of(KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
                        new ECPoint(unsigned(jwk, "x"), unsigned(jwk, "y")), curve(jwk.getString("crv", "")))));
                default -> Optional.empty();
            };
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    /** A base64url big-endian unsigned integer member (RFC 7518 section 6.3.1, 6.2.1). */
    private static BigInteger unsigned(JsonObject jwk, String member) {
        return new BigInteger(1, BASE64URL.decode(jwk.getString(member)));
    }

    private static ECParameterSpec curve(String crv) throws GeneralSecurityException {
        String name = switch (crv) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw new IllegalArgumentException("unsupported curve " + crv);
        };
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(name));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }
}
