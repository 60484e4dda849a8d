package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ISSUER = "observable-service";
    private static final String AUDIENCE = "observable-service-api";

    private final TokenService tokens = service(SECRET, ISSUER, AUDIENCE, CLOCK);

    private static TokenService service(byte[] key, String issuer, String audience, Clock clock) {
        return new TokenService(key, issuer, audience, Duration.ofMinutes(60), clock);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String signed(String header, String claims) throws Exception {
        String input = b64(header) + "." + b64(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        return input + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String claims(String sub) {
        long now = NOW.getEpochSecond();
        return "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":" + sub
                + ",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}";
    }

    private static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    @Test
    void issuedTokenVerifiesToItsUser() {
        TokenService.AccessToken token = tokens.issue(42);

        assertEquals(42L, tokens.verify(token.value()));
        assertEquals(3600L, token.expiresInSeconds());
    }

    @Test
    void issuedTokenHasHs256JwtHeader() {
        String header = tokens.issue(1).value().split("\\.")[0];

        assertEquals(HS256, new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8));
    }

    @Test
    void handSignedTokenWithAllClaimsVerifies() throws Exception {
        assertEquals(7L, tokens.verify(signed(HS256, claims("\"7\""))));
    }

    @Test
    void algNoneIsRejected() {
        String payload = tokens.issue(1).value().split("\\.")[1];
        String unsigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";

        assertThrows(InvalidTokenException.class, () -> tokens.verify(unsigned));
    }

    @Test
    void otherAlgorithmIsRejectedEvenWhenSignedWithTheKey() throws Exception {
        String hs512Header = signed("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", claims("\"1\""));

        assertThrows(InvalidTokenException.class, () -> tokens.verify(hs512Header));
    }

    @Test
    void headerWithExtraMembersIsRejected() throws Exception {
        String token = signed("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"x\"}", claims("\"1\""));

        assertThrows(InvalidTokenException.class, () -> tokens.verify(token));
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() {
        TokenService other = service("another-secret-another-secret-000".getBytes(StandardCharsets.UTF_8),
                ISSUER, AUDIENCE, CLOCK);

        assertThrows(InvalidTokenException.class, () -> tokens.verify(other.issue(1).value()));
    }

    @Test
    void tamperedPayloadIsRejected() {
        String[] parts = tokens.issue(1).value().split("\\.");
        String forged = parts[0] + "." + b64(claims("\"2\"")) + "." + parts[2];

        assertThrows(InvalidTokenException.class, () -> tokens.verify(forged));
    }

    @Test
    void expiredTokenIsRejected() {
        String token = tokens.issue(1).value();
        TokenService anHourLater = service(SECRET, ISSUER, AUDIENCE, Clock.offset(CLOCK, Duration.ofMinutes(60)));

        assertThrows(InvalidTokenException.class, () -> anHourLater.verify(token));
    }

    @Test
    void aTokenVerifiedBeforeIsStillRejectedOnceExpired() {
        var clock = new MovableClock();
        TokenService service = service(SECRET, ISSUER, AUDIENCE, clock);
        String token = service.issue(1).value();
        assertEquals(1L, service.verify(token), "verified (and remembered) while valid");

        clock.now = NOW.plus(Duration.ofMinutes(60));

        assertThrows(InvalidTokenException.class, () -> service.verify(token));
    }

    @Test
    void aRememberedTokenWithOneCharacterChangedIsVerifiedAfreshAndRejected() {
        String token = tokens.issue(5).value();
        assertEquals(5L, tokens.verify(token));
        String tampered = token.substring(0, token.length() - 2)
                + (token.charAt(token.length() - 2) == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThrows(InvalidTokenException.class, () -> tokens.verify(tampered));
        assertEquals(5L, tokens.verify(token), "the original stays valid");
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void tokenIsValidUntilJustBeforeExpiry() {
        String token = tokens.issue(1).value();
        TokenService almostAnHourLater = service(SECRET, ISSUER, AUDIENCE,
                Clock.offset(CLOCK, Duration.ofMinutes(60).minusSeconds(1)));

        assertEquals(1L, almostAnHourLater.verify(token));
    }

    @Test
    void tokenWithoutExpiryIsRejected() throws Exception {
        String token = signed(HS256, "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"1\"}");

        assertThrows(InvalidTokenException.class, () -> tokens.verify(token));
    }

    @Test
    void wrongIssuerIsRejected() {
        String token = service(SECRET, "someone-else", AUDIENCE, CLOCK).issue(1).value();

        assertThrows(InvalidTokenException.class, () -> tokens.verify(token));
    }

    @Test
    void wrongAudienceIsRejected() {
        String token = service(SECRET, ISSUER, "another-api", CLOCK).issue(1).value();

        assertThrows(InvalidTokenException.class, () -> tokens.verify(token));
    }

    @Test
    void audienceListContainingOursIsAccepted() throws Exception {
        long now = NOW.getEpochSecond();
        String token = signed(HS256, "{\"iss\":\"" + ISSUER + "\",\"aud\":[\"x\",\"" + AUDIENCE + "\"],\"sub\":\"3\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 60) + "}");

        assertEquals(3L, tokens.verify(token));
    }

    @Test
    void missingSubjectIsRejected() throws Exception {
        long now = NOW.getEpochSecond();
        String token = signed(HS256, "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 60) + "}");

        assertThrows(InvalidTokenException.class, () -> tokens.verify(token));
    }

    @Test
    void nonNumericSubjectIsRejected() throws Exception {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(signed(HS256, claims("\"admin\""))));
    }

    @Test
    void numericJsonSubjectIsRejected() throws Exception {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(signed(HS256, claims("5"))));
    }

    @Test
    void nonPositiveSubjectIsRejected() throws Exception {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(signed(HS256, claims("\"0\""))));
    }

    @Test
    void malformedBase64IsRejected() {
        assertThrows(InvalidTokenException.class, () -> tokens.verify("@@@.###.$$$"));
    }

    @Test
    void malformedJsonIsRejected() {
        String token = b64("{not json") + "." + b64("{}") + ".c2ln";

        assertThrows(InvalidTokenException.class, () -> tokens.verify(token));
    }

    @Test
    void jsonArrayInsteadOfObjectIsRejected() {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(b64("[1]") + "." + b64("[]") + ".c2ln"));
    }

    @Test
    void wrongNumberOfPartsIsRejected() {
        String token = tokens.issue(1).value();

        assertThrows(InvalidTokenException.class, () -> tokens.verify(token + ".extra"));
        assertThrows(InvalidTokenException.class, () -> tokens.verify("only-one-part"));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(""));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(null));
    }

    @Test
    void emptySignatureIsRejected() {
        String[] parts = tokens.issue(1).value().split("\\.");

        assertThrows(InvalidTokenException.class, () -> tokens.verify(parts[0] + "." + parts[1] + "."));
    }

    @Test
    void keyShorterThan32BytesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> service("short".getBytes(StandardCharsets.UTF_8), ISSUER, AUDIENCE, CLOCK));
    }

    @Test
    void accessTokenDoesNotPrintItsValue() {
        TokenService.AccessToken token = tokens.issue(1);

        assertTrue(!token.toString().contains(token.value()));
    }
}
