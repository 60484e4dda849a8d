package org.example.observable.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An external OpenID Connect issuer as a token verifier sees it: its JSON Web Key Set at
 * {@code http://127.0.0.1:<it.jwks.port>/jwks} (one RSA key, generated per test run) and the tokens it signs.
 * ExternalIssuerIT makes the integration-test server trust it for a while (the JWT_VERIFY_* settings).
 */
public final class JwksStub {

    public static final String ISSUER = "https://issuer.example.test";
    public static final String AUDIENCE = "observable-partner-api";
    public static final String KEY_ID = "external-test-key";

    private static JwksStub shared;

    private final HttpServer server;
    private final KeyPair keys = TestTokens.newRsaKeyPair();
    private final AtomicInteger requests = new AtomicInteger();

    private JwksStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 10);
        server.createContext("/jwks", this::answer);
        server.start();
    }

    public static synchronized JwksStub shared() {
        if (shared == null) {
            try {
                shared = new JwksStub(Integer.getInteger("it.jwks.port"));
            } catch (IOException e) {
                throw new UncheckedIOException("JWKS stub could not bind " + System.getProperty("it.jwks.port"), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
        }
        return shared;
    }

    /** Where its key set is served. */
    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** A token of this issuer: RS256 with its key and key id over the given claims. */
    public String sign(String claims) {
        return TestTokens.rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}", claims, keys.getPrivate());
    }

    /** How often the key set was fetched. */
    public int requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            RSAPublicKey key = (RSAPublicKey) keys.getPublic();
            byte[] body = ("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                    + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** base64url of the big-endian magnitude without a sign byte (RFC 7518 section 6.3.1). */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] magnitude = Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(magnitude);
    }
}
