package org.example.observable.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.example.observable.auth.TokenService;
import org.example.observable.hostile.ApiOperations.Operation;
import org.example.observable.hostile.Corpus.Case;
import org.example.observable.hostile.Corpus.Valid;
import org.example.observable.testsupport.ApiUser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation that asks for a bearer token (a user's, or the payment service's credential), sent otherwise valid requests with broken tokens: wrong signature,
 * {@code alg: none}, another algorithm, expired, wrong issuer or audience, bad subjects, garbage, a 30 KB token.
 * Each is a 401 problem with {@code WWW-Authenticate: Bearer}. A 100 KB token is over the largest header Liberty
 * accepts (limitFieldSize, at most 32 KB): its HTTP channel answers 400 before the application runs.
 */
class BrokenTokensIT {

    static final String CATEGORY = "broken JWTs";
    static final String CATEGORY_OVERSIZED = "broken JWTs: 100 KB token (Liberty's header limit)";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] KEY = System.getProperty("it.jwt.secret").getBytes(StandardCharsets.UTF_8);
    private static final String ISSUER = "observable-service";
    private static final String AUDIENCE = "observable-service-api";

    @TestFactory
    Stream<DynamicTest> everyBrokenTokenIsRefusedWith401() {
        Corpus corpus = new Corpus();
        ApiUser deleted = ApiUser.register();
        deleted.request().delete("/api/users/me").then().statusCode(204);
        Map<String, String> tokens = brokenTokens(corpus.owner.id(), deleted.token());

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("control: a token signed here with the server's key, issuer and audience is accepted", () ->
                assertEquals(200, RawHttp.send(Corpus.FROM, "GET", "/api/users/me", null, false, "Authorization",
                        "Bearer " + sign(header("HS256"), claims(corpus.owner.id(), ISSUER, AUDIENCE, 3600), KEY)).status())));
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
    private static Map<String, String> brokenTokens(long userId, String deletedUsersToken) {
        String valid = new TokenService(KEY, ISSUER, AUDIENCE, Duration.ofHours(1), Clock.systemUTC()).issue(userId).value();
        String[] parts = valid.split("\\.");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no Authorization header value", "");
        tokens.put("empty bearer", "Bearer ");
        tokens.put("another scheme", "Basic " + Base64.getEncoder().encodeToString("user:pass".getBytes(StandardCharsets.UTF_8)));
        tokens.put("garbage", "Bearer not-a-token");
        tokens.put("three empty parts", "Bearer ..");
        tokens.put("two parts", "Bearer " + parts[0] + "." + parts[1]);
        tokens.put("wrong signature", "Bearer " + parts[0] + "." + parts[1] + "." + URL.encodeToString(new byte[32]));
        tokens.put("signed with another key", "Bearer " + sign(header("HS256"), claims(userId, ISSUER, AUDIENCE, 3600),
                "another-key-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8)));
        tokens.put("alg none", "Bearer " + URL.encodeToString(header("none").getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims(userId, ISSUER, AUDIENCE, 3600).getBytes(StandardCharsets.UTF_8)) + ".");
        tokens.put("alg HS512 header, HS256 signature", "Bearer " + sign(header("HS512"), claims(userId, ISSUER, AUDIENCE, 3600), KEY));
        tokens.put("expired", "Bearer " + new TokenService(KEY, ISSUER, AUDIENCE, Duration.ofHours(1),
                Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC)).issue(userId).value());
        tokens.put("wrong issuer", "Bearer " + sign(header("HS256"), claims(userId, "someone-else", AUDIENCE, 3600), KEY));
        tokens.put("wrong audience", "Bearer " + sign(header("HS256"), claims(userId, ISSUER, "another-api", 3600), KEY));
        tokens.put("subject 0", "Bearer " + sign(header("HS256"), claims(0, ISSUER, AUDIENCE, 3600), KEY));
        tokens.put("subject not a number", "Bearer " + sign(header("HS256"),
                claims(userId, ISSUER, AUDIENCE, 3600).replace("\"sub\":\"" + userId + "\"", "\"sub\":\"admin\""), KEY));
        tokens.put("no expiry", "Bearer " + sign(header("HS256"),
                "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + userId + "\"}", KEY));
        tokens.put("a deleted user's token", "Bearer " + deletedUsersToken);
        tokens.put("a 30 KB token", "Bearer " + "x".repeat(30 * 1024));
        return tokens;
    }

    private static String header(String algorithm) {
        return "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}";
    }

    private static String claims(long userId, String issuer, String audience, long validSeconds) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + userId + "\",\"iat\":" + now
                + ",\"exp\":" + (now + validSeconds) + "}";
    }

    private static String sign(String header, String claims, byte[] key) {
        String input = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return input + "." + URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
