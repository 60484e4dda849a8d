package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonWebKeysTest {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** base64url of the magnitude, without a sign byte. */
    static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return URL.encodeToString(Arrays.copyOfRange(bytes, start, bytes.length));
    }

    static String rsaJwk(String kid, RSAPublicKey key, String use) {
        return "{\"kty\":\"RSA\",\"use\":\"" + use + "\",\"kid\":\"" + kid + "\",\"n\":\"" + unsigned(key.getModulus())
                + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}";
    }

    static String ecJwk(String kid, ECPublicKey key) {
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"" + kid + "\",\"x\":\"" + unsigned(key.getW().getAffineX())
                + "\",\"y\":\"" + unsigned(key.getW().getAffineY()) + "\"}";
    }

    @Test
    void rsaAndEcSignatureKeysWithTheirIds() {
        KeyPair rsa = JwsSignatureTest.keyPair("RSA", null);
        KeyPair ec = JwsSignatureTest.keyPair("EC", new ECGenParameterSpec("secp256r1"));
        List<JsonWebKeys.Key> keys = JsonWebKeys.parse("{\"keys\":[" + rsaJwk("r1", (RSAPublicKey) rsa.getPublic(), "sig") + ","
                + ecJwk("e1", (ECPublicKey) ec.getPublic()) + "]}");

        assertEquals(List.of(Optional.of("r1"), Optional.of("e1")), keys.stream().map(JsonWebKeys.Key::keyId).toList());
        assertEquals(rsa.getPublic(), keys.get(0).publicKey());
        assertEquals(ec.getPublic(), keys.get(1).publicKey());
    }

    @Test
    void encryptionKeysOtherTypesAndMalformedKeysAreLeftOutNotTheSet() {
        RSAPublicKey rsa = (RSAPublicKey) JwsSignatureTest.keyPair("RSA", null).getPublic();
        List<JsonWebKeys.Key> keys = JsonWebKeys.parse("{\"keys\":[" + rsaJwk("enc", rsa, "enc") + ","
                + "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}," + "{\"kty\":\"RSA\",\"kid\":\"no-modulus\",\"e\":\"AQAB\"},"
                + "{\"kty\":\"EC\",\"crv\":\"P-192\",\"x\":\"AQ\",\"y\":\"AQ\"}," + "17,"
                + "{\"kty\":\"RSA\",\"n\":\"" + unsigned(rsa.getModulus()) + "\",\"e\":\"AQAB\"}]}");

        assertEquals(List.of(Optional.empty()), keys.stream().map(JsonWebKeys.Key::keyId).toList(), "only the key without id is usable");
        assertEquals(rsa, keys.get(0).publicKey());
    }

    @Test
    void whatIsNotAKeySetHasNoKeys() {
        for (String notJwks : new String[] {"", "not json", "[]", "{}", "{\"keys\":{}}", "{\"keys\":[1,2]}"}) {
            assertEquals(List.of(), JsonWebKeys.parse(notJwks), notJwks);
        }
    }
}
