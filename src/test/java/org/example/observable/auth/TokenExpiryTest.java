package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.example.observable.testsupport.ManualClock;
import org.example.observable.testsupport.MapConfig;
import org.example.observable.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which tokens are refused as expired before their signature is verified: those MicroProfile JWT would refuse as
 * expired, a second past its clock skew; none it might accept, and none whose expiry or skew cannot be read.
 */
class TokenExpiryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private final ManualClock clock = new ManualClock(NOW);
    private final Map<String, String> settings = new HashMap<>();
    private final TokenExpiry expiry = new TokenExpiry(clock);

    @BeforeEach
    void configuration() {
        expiry.config = new MapConfig(settings);
        settings.put("jwt.clock.skew", "60s");
    }

    private static String tokenExpiringAt(String exp) {
        return TestTokens.encode("{\"alg\":\"RS256\"}") + "." + TestTokens.encode("{\"sub\":\"42\",\"exp\":" + exp + "}") + ".c2ln";
    }

    private static String tokenExpiredSecondsAgo(long seconds) {
        return tokenExpiringAt(Long.toString(NOW.getEpochSecond() - seconds));
    }

    @Test
    void refusesATokenExpiredLongerAgoThanTheSkewAndASecond() {
        assertTrue(expiry.refuses(tokenExpiredSecondsAgo(120)));
        assertTrue(expiry.refuses(tokenExpiredSecondsAgo(62)));
        assertTrue(expiry.refuses(tokenExpiredSecondsAgo(365L * 24 * 3600)));
    }

    @Test
    void leavesToMicroProfileJwtEveryTokenItMightAccept() {
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(61)), "the skew and the second of margin");
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(20)), "within the skew");
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(-3600)), "valid for an hour");
        clock.advance(Duration.ofMillis(1));
        assertTrue(expiry.refuses(tokenExpiredSecondsAgo(61)), "a millisecond later");
    }

    @Test
    void readsTheSkewWhenATokenIsChecked() {
        settings.put("jwt.clock.skew", "5m");
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(120)));
        assertTrue(expiry.refuses(tokenExpiredSecondsAgo(302)));
    }

    @Test
    void leavesTheTokenToMicroProfileJwtWhenTheSkewCannotBeRead() {
        settings.put("jwt.clock.skew", "60");
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(3600)), "a bare number: its unit is Liberty's to decide");
        settings.put("jwt.clock.skew", "a minute");
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(3600)));
        settings.remove("jwt.clock.skew");
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(3600)));
    }

    @Test
    void leavesATokenWithoutANumericExpiryToMicroProfileJwt() {
        assertFalse(expiry.refuses(TestTokens.encode("{\"alg\":\"RS256\"}") + "." + TestTokens.encode("{\"sub\":\"42\"}") + ".c2ln"));
        assertFalse(expiry.refuses(tokenExpiringAt("\"1999-01-01\"")));
        assertFalse(expiry.refuses("not-a-token"));
        assertFalse(expiry.refuses("a.%%%.c"));
        assertFalse(expiry.refuses(TestTokens.encode("{}") + "." + TestTokens.encode("[1,2]") + ".c2ln"));
        assertFalse(expiry.refuses(TestTokens.encode("{}") + "." + TestTokens.encode("{\"exp\":") + ".c2ln"));
    }

    @Test
    void readsTheExpiryOfThePayload() {
        assertEquals(OptionalLong.of(1_765_108_800L), TokenExpiry.expiresAtEpochSecond(tokenExpiringAt("1765108800")));
        assertEquals(OptionalLong.of(1_765_108_800L), TokenExpiry.expiresAtEpochSecond(tokenExpiringAt("1765108800.0")));
        assertEquals(OptionalLong.empty(), TokenExpiry.expiresAtEpochSecond(tokenExpiringAt("1765108800.75")),
                "a fraction of a second is left to MicroProfile JWT");
        assertEquals(OptionalLong.empty(), TokenExpiry.expiresAtEpochSecond(tokenExpiringAt("99999999999999999999")));
        assertEquals(OptionalLong.empty(), TokenExpiry.expiresAtEpochSecond(tokenExpiringAt("1e999999999")));
        assertEquals(OptionalLong.empty(), TokenExpiry.expiresAtEpochSecond(tokenExpiringAt("1e-999999999")));
        assertEquals(OptionalLong.empty(), TokenExpiry.expiresAtEpochSecond("only.two"));
    }

    @Test
    void leavesExpiriesAndSkewsBeyondAnyClockToMicroProfileJwt() {
        assertFalse(expiry.refuses(tokenExpiringAt("9000000000000000000")), "seconds whose milliseconds overflow");
        assertFalse(expiry.refuses(tokenExpiringAt("-9000000000000000000")));
        settings.put("jwt.clock.skew", "99999999999999d");
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(3600)), "a skew whose milliseconds overflow");
        settings.put("jwt.clock.skew", "99999999999999999999s");
        assertFalse(expiry.refuses(tokenExpiredSecondsAgo(3600)));
    }

    @Test
    void readsLibertysDurations() {
        assertEquals(Optional.of(Duration.ofSeconds(60)), TokenExpiry.duration("60s"));
        assertEquals(Optional.of(Duration.ofMinutes(5)), TokenExpiry.duration("5m"));
        assertEquals(Optional.of(Duration.ofSeconds(90)), TokenExpiry.duration("1m30s"));
        assertEquals(Optional.of(Duration.ofMillis(500)), TokenExpiry.duration("500ms"));
        assertEquals(Optional.of(Duration.ofMillis(60_500)), TokenExpiry.duration("1m500ms"));
        assertEquals(Optional.of(Duration.ofHours(26)), TokenExpiry.duration("1d2h"));
        assertEquals(Optional.of(Duration.ofSeconds(60)), TokenExpiry.duration(" 60s "));
        assertEquals(Optional.empty(), TokenExpiry.duration("60"));
        assertEquals(Optional.empty(), TokenExpiry.duration(""));
        assertEquals(Optional.empty(), TokenExpiry.duration("30s1m"), "units largest first");
        assertEquals(Optional.empty(), TokenExpiry.duration("-60s"));
    }
}
