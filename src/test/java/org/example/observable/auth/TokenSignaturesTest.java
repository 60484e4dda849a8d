package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.time.Duration;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.example.observable.testsupport.MapConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.example.observable.testsupport.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which tokens are refused before MicroProfile JWT sees them: those not signed, with the configured algorithm, by
 * the key store's key or (with JWT_VERIFY_JWKS_URI) a key of the external issuer's key set; and none when the keys
 * cannot be had.
 */
class TokenSignaturesTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final Map<String, String> settings = new HashMap<>();
    private final TokenSignatures signatures = new TokenSignatures(clock);
    private HttpServer jwksServer;
    private final AtomicReference<String> keySet = new AtomicReference<>("{\"keys\":[]}");
    private final AtomicInteger keySetFetches = new AtomicInteger();

    @BeforeEach
    void configuration() {
        signatures.config = new MapConfig(settings);
        settings.put("jwt.verify.algorithm", "RS256");
        settings.put("jwt.key.alias", "default");
    }

    @AfterEach
    void stopKeySet() {
        if (jwksServer != null) {
            jwksServer.stop(0);
        }
    }

    @Test
    void theKeyStoresKeyWithTheConfiguredAlgorithmOnly(@TempDir Path dir) throws Exception {
        PrivateKey serverKey = keyStore(dir, "default", "store-password");
        KeyPair another = JwsSignatureTest.keyPair("RSA", null);

        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", serverKey)));
        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"any\"}", serverKey)),
                "the key store has one key: a kid does not choose among keys");
        assertTrue(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\"}", another.getPrivate())), "another key");
        assertTrue(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS512\"}", serverKey)), "an RS256 signature under RS512");
        assertTrue(signatures.refuses(JwsSignatureTest.sign("{\"alg\":\"RS512\"}", "{}", serverKey, "SHA512withRSA", null)),
                "a genuine signature with another algorithm than the configured one");
        assertTrue(signatures.refuses("eyJhbGciOiJub25lIn0.eyJzdWIiOiI0MiJ9."), "alg none");
        assertTrue(signatures.refuses("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln"), "HS256");
        assertTrue(signatures.refuses("not-a-token"));
        assertTrue(signatures.refuses("x".repeat(30 * 1024)));
    }

    @Test
    void aReplacedKeyStoreIsReadAgain(@TempDir Path dir) throws Exception {
        PrivateKey first = keyStore(dir, "default", "store-password");
        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\"}", first)));

        Files.delete(dir.resolve("key.p12"));
        PrivateKey second = keyStore(dir, "default", "store-password");
        Files.setLastModifiedTime(dir.resolve("key.p12"), java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));

        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\"}", second)));
        assertTrue(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\"}", first)));
    }

    @Test
    void withoutReadableKeysNothingIsRefusedHere(@TempDir Path dir) throws Exception {
        PrivateKey serverKey = keyStore(dir, "default", "store-password");
        String forged = JwsSignatureTest.rs256("{\"alg\":\"RS256\"}", JwsSignatureTest.keyPair("RSA", null).getPrivate());

        settings.put("jwt.keystore.password", "wrong-password");
        assertFalse(signatures.refuses(forged), "unreadable key store: MicroProfile JWT decides");
        settings.put("jwt.keystore.password", "store-password");
        settings.put("jwt.key.alias", "no-such-alias");
        assertFalse(signatures.refuses(forged), "no such key: MicroProfile JWT decides");
        settings.put("jwt.key.alias", "default");
        assertTrue(signatures.refuses(forged));
        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\"}", serverKey)));
        settings.put("jwt.verify.algorithm", "HS256");
        assertFalse(signatures.refuses(forged), "an algorithm verified only by MicroProfile JWT");
    }

    @Test
    void anExternalIssuersKeySetChoosesTheKeyByItsId() throws Exception {
        KeyPair current = JwsSignatureTest.keyPair("RSA", null);
        KeyPair previous = JwsSignatureTest.keyPair("RSA", null);
        serveKeySet(JsonWebKeysTest.rsaJwk("current", (RSAPublicKey) current.getPublic(), "sig") + ","
                + JsonWebKeysTest.rsaJwk("previous", (RSAPublicKey) previous.getPublic(), "sig"));

        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"current\"}", current.getPrivate())));
        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"previous\"}", previous.getPrivate())));
        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\"}", previous.getPrivate())), "no kid: any key of the set");
        assertTrue(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"current\"}", previous.getPrivate())),
                "signed by another key of the set than the one it names");
        assertTrue(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\"}", JwsSignatureTest.keyPair("RSA", null).getPrivate())));
        assertEquals(1, keySetFetches.get(), "one fetch for all of these");
    }

    @Test
    void anUnknownKeyIdFetchesTheKeySetAgainAtMostEveryThirtySeconds() throws Exception {
        KeyPair old = JwsSignatureTest.keyPair("RSA", null);
        KeyPair rotated = JwsSignatureTest.keyPair("RSA", null);
        serveKeySet(JsonWebKeysTest.rsaJwk("old", (RSAPublicKey) old.getPublic(), "sig"));
        String rotatedToken = JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"rotated\"}", rotated.getPrivate());
        assertFalse(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"old\"}", old.getPrivate())));

        keySet.set("{\"keys\":[" + JsonWebKeysTest.rsaJwk("rotated", (RSAPublicKey) rotated.getPublic(), "sig") + "]}");
        clock.advance(Duration.ofSeconds(10));
        assertTrue(signatures.refuses(rotatedToken), "within 30 s of the last fetch the set is not fetched again");
        assertEquals(1, keySetFetches.get());

        clock.advance(Duration.ofSeconds(TokenSignatures.KEY_SET_MIN_REFETCH_SECONDS));
        assertFalse(signatures.refuses(rotatedToken), "the issuer rotated its key: fetched again");
        assertEquals(2, keySetFetches.get());
        for (int i = 0; i < 5; i++) {
            signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"made-up-" + i + "\"}", rotated.getPrivate()));
        }
        assertEquals(2, keySetFetches.get(), "made-up key ids do not make it fetch the set again and again");

        clock.advance(Duration.ofSeconds(60L * TokenSignatures.KEY_SET_MAX_AGE_MINUTES + 1));
        assertFalse(signatures.refuses(rotatedToken));
        assertEquals(3, keySetFetches.get(), "after its maximum age the set is fetched again");
    }

    @Test
    void anUnreachableKeySetLeavesTheDecisionToMicroProfileJwt() throws Exception {
        serveKeySet("");
        int port = jwksServer.getAddress().getPort();
        jwksServer.stop(0);
        jwksServer = null;
        String forged = JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"k\"}", JwsSignatureTest.keyPair("RSA", null).getPrivate());

        assertFalse(signatures.refuses(forged));
        assertEquals("http://127.0.0.1:" + port + "/jwks", settings.get("jwt.verify.jwks.uri"));
    }

    @Test
    void es256WithAnEcKeyOfTheSet() throws Exception {
        settings.put("jwt.verify.algorithm", "ES256");
        KeyPair ec = JwsSignatureTest.keyPair("EC", new ECGenParameterSpec("secp256r1"));
        serveKeySet(JsonWebKeysTest.ecJwk("ec", (ECPublicKey) ec.getPublic()));

        assertFalse(signatures.refuses(JwsSignatureTest.sign("{\"alg\":\"ES256\",\"kid\":\"ec\"}", "{}", ec.getPrivate(),
                "SHA256withECDSAinP1363Format", null)));
        assertTrue(signatures.refuses(JwsSignatureTest.rs256("{\"alg\":\"RS256\",\"kid\":\"ec\"}",
                JwsSignatureTest.keyPair("RSA", null).getPrivate())), "RS256 where ES256 is configured");
    }

    /** A PKCS12 key store with one RSA key pair and its self-signed certificate (keytool, as an operator makes one). */
    private PrivateKey keyStore(Path dir, String alias, String password) throws Exception {
        Path store = dir.resolve("key.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", alias, "-dname", "CN=test", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", password)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, "keytool: " + output);
        settings.put("jwt.keystore", store.toString());
        settings.put("jwt.keystore.password", password);
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore loaded = KeyStore.getInstance("PKCS12");
            loaded.load(in, password.toCharArray());
            return (PrivateKey) loaded.getKey(alias, password.toCharArray());
        }
    }

    private void serveKeySet(String keys) throws IOException {
        keySet.set("{\"keys\":[" + keys + "]}");
        jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        jwksServer.createContext("/jwks", exchange -> {
            try (exchange) {
                keySetFetches.incrementAndGet();
                byte[] body = keySet.get().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        jwksServer.start();
        settings.put("jwt.verify.jwks.uri", "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks");
    }
}
