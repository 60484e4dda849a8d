package org.example.observable.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.example.observable.hostile.ApiOperations.Operation;
import org.example.observable.hostile.Corpus.Case;
import org.example.observable.hostile.Corpus.Valid;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.TestTokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation that asks for a bearer token (a user's, or the payment service's credential), sent otherwise valid requests with broken tokens: wrong signature,
 * {@code alg: none}, another algorithm (HS256, also keyed with the server's public key), expired, wrong issuer or
 * audience, bad subjects, garbage, a 30 KB token. The server signs RS256; the tests sign with its key
 * ({@link TestTokens#serverKey}).
 * Each is a 401 problem with {@code WWW-Authenticate: Bearer}. A 100 KB token is over the largest header Liberty
 * accepts (limitFieldSize, at most 32 KB): its HTTP channel answers 400 before the application runs.
 */
class BrokenTokensIT {

    static final String CATEGORY = "broken JWTs";
    static final String CATEGORY_OVERSIZED = "broken JWTs: 100 KB token (Liberty's header limit)";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String ISSUER = TestTokens.ISSUER;
    private static final String AUDIENCE = TestTokens.AUDIENCE;

    @TestFactory
    Stream<DynamicTest> everyBrokenTokenIsRefusedWith401() {
        Corpus corpus = new Corpus();
        ApiUser deleted = ApiUser.register();
        deleted.request().delete("/api/users/me").then().statusCode(204);
        Map<String, String> tokens = brokenTokens(corpus.owner.id(), deleted.token(), TestTokens.serverKey());

        List<DynamicTest> tests = new ArrayList<>();
        PrivateKey key = TestTokens.serverKey();
        tests.add(dynamicTest("control: a token signed here with the server's key, issuer and audience is accepted", () ->
                assertEquals(200, RawHttp.send(Corpus.FROM, "GET", "/api/users/me", null, false, "Authorization",
                        "Bearer " + TestTokens.rs256(header("RS256"), TestTokens.claims(corpus.owner.id()), key)).status())));
        for (Operation op : ApiOperations.all()) {
            Valid valid = corpus.valid(op);
            // Secured in the OpenAPI document, or by a credential it does not declare (the payment service's).
            if (!op.secured() && valid.token() == null) {
                continue;
            }
            byte[] body = valid.json() == null ? null : valid.json().getBytes(StandardCharsets.UTF_8);
            tokens.forEach((name, authorization) -> tests.add(dynamicTest(name + ": " + op.key(), () -> {
                Case c = new Case(CATEGORY, name, op.method(), valid.target(), body, false, null, Set.of(401),
                        "Content-Type", "application/json", "Authorization", authorization);
                RawHttp.Answer answer = Corpus.send(c);
                assertEquals("Bearer", answer.headers().get("www-authenticate"), "WWW-Authenticate");
            })));
            tests.add(dynamicTest("a 100 KB token: " + op.key(), () -> {
                long start = System.nanoTime();
                RawHttp.Answer answer = RawHttp.send(Corpus.FROM, op.method(), valid.target(), body, false,
                        "Content-Type", "application/json", "Authorization", "Bearer " + "x".repeat(100 * 1024));
                Figures.record(CATEGORY_OVERSIZED, answer.status(), System.nanoTime() - start);
                assertAll(() -> assertEquals(400, answer.status(), "status"),
                        () -> assertEquals(0, answer.body().length, "Liberty's refusal has no body"));
            }));
        }
        tests.add(dynamicTest("no token or password reached the collector", () -> {
            List<String> secrets = new ArrayList<>(corpus.secrets());
            tokens.values().stream().filter(t -> t.length() > 40).forEach(t -> secrets.add(t.substring(t.lastIndexOf('.') + 1)));
            secrets.removeIf(String::isEmpty);
            Corpus.assertNoSecretReachedTheCollector(secrets);
        }));
        return tests.stream();
    }

    /** Authorization header values by what is wrong with them. */
    private static Map<String, String> brokenTokens(long userId, String deletedUsersToken, PrivateKey key) {
        String valid = TestTokens.rs256(header("RS256"), claims(userId, ISSUER, AUDIENCE, 3600), key);
        String[] parts = valid.split("\\.");
        PrivateKey anotherKey = TestTokens.newRsaKeyPair().getPrivate();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no Authorization header value", "");
        tokens.put("empty bearer", "Bearer ");
        tokens.put("another scheme", "Basic " + Base64.getEncoder().encodeToString("user:pass".getBytes(StandardCharsets.UTF_8)));
        tokens.put("garbage", "Bearer not-a-token");
        tokens.put("three empty parts", "Bearer ..");
        tokens.put("two parts", "Bearer " + parts[0] + "." + parts[1]);
        tokens.put("wrong signature", "Bearer " + parts[0] + "." + parts[1] + "." + URL.encodeToString(new byte[256]));
        tokens.put("signed with another key", "Bearer " + TestTokens.rs256(header("RS256"), claims(userId, ISSUER, AUDIENCE, 3600), anotherKey));
        tokens.put("alg none", "Bearer " + TestTokens.unsigned(claims(userId, ISSUER, AUDIENCE, 3600)));
        tokens.put("alg HS256 keyed with a guessable secret", "Bearer " + TestTokens.hs256(header("HS256"),
                claims(userId, ISSUER, AUDIENCE, 3600), "another-key-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8)));
        tokens.put("alg HS256 keyed with the server's public key", "Bearer " + TestTokens.hs256(header("HS256"),
                claims(userId, ISSUER, AUDIENCE, 3600), publicKeyBytes()));
        tokens.put("alg RS512 header, RS256 signature", "Bearer " + TestTokens.rs256(header("RS512"), claims(userId, ISSUER, AUDIENCE, 3600), key));
        tokens.put("expired", "Bearer " + TestTokens.rs256(header("RS256"), claims(userId, ISSUER, AUDIENCE, -2 * 3600), key));
        tokens.put("wrong issuer", "Bearer " + TestTokens.rs256(header("RS256"), claims(userId, "someone-else", AUDIENCE, 3600), key));
        tokens.put("wrong audience", "Bearer " + TestTokens.rs256(header("RS256"), claims(userId, ISSUER, "another-api", 3600), key));
        tokens.put("subject 0", "Bearer " + TestTokens.rs256(header("RS256"), claims(0, ISSUER, AUDIENCE, 3600), key));
        tokens.put("subject not a number", "Bearer " + TestTokens.rs256(header("RS256"),
                TestTokens.claims("admin", ISSUER, AUDIENCE, 3600), key));
        tokens.put("no expiry", "Bearer " + TestTokens.rs256(header("RS256"),
                "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + userId + "\"}", key));
        tokens.put("a deleted user's token", "Bearer " + deletedUsersToken);
        tokens.put("a 30 KB token", "Bearer " + "x".repeat(30 * 1024));
        return tokens;
    }

    /** The server's public key as bytes (its X.509 encoding): an HMAC key an attacker could know. */
    private static byte[] publicKeyBytes() {
        return TestTokens.serverPublicKey().getEncoded();
    }

    private static String header(String algorithm) {
        return TestTokens.header(algorithm);
    }

    private static String claims(long userId, String issuer, String audience, long validSeconds) {
        return TestTokens.claims(Long.toString(userId), issuer, audience, validSeconds);
    }
}
