package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.example.observable.testsupport.ManualClock;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final VerifiedTokens tokens = new VerifiedTokens(clock);
    private final long inAnHour = clock.instant().getEpochSecond() + 3600;

    @Test
    void aVerifiedTokenAnswersItsUserUntilItExpires() {
        tokens.remember("token-a", 42, inAnHour);

        assertEquals(42, tokens.userOf("token-a"));
        clock.advance(Duration.ofSeconds(3599));
        assertEquals(42, tokens.userOf("token-a"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, tokens.userOf("token-a"), "at its exp the token must be verified again (and refused there)");
    }

    @Test
    void onlyTheWholeTextOfARememberedTokenMatches() {
        tokens.remember("header.payload.signature", 42, inAnHour);

        assertEquals(0, tokens.userOf("header.payload.signaturX"));
        assertEquals(0, tokens.userOf("header.payload."));
        assertEquals(0, tokens.userOf("header.payload.signature "));
    }

    @Test
    void tokensThatEndAlikeAreToldApartByTheirWholeText() {
        String signature = "s".repeat(VerifiedTokens.TokenKey.HASHED_CHARACTERS);
        tokens.remember("header.payload-of-42." + signature, 42, inAnHour);
        tokens.remember("header.payload-of-43." + signature, 43, inAnHour);

        assertEquals(42, tokens.userOf("header.payload-of-42." + signature));
        assertEquals(43, tokens.userOf("header.payload-of-43." + signature));
        assertEquals(0, tokens.userOf("header.payload-of-44." + signature), "the same end and hash, another token");
    }

    @Test
    void aTokenWithoutAFutureExpiryIsNotRemembered() {
        tokens.remember("expired", 42, clock.instant().getEpochSecond());
        tokens.remember("no-exp", 43, 0);

        assertEquals(0, tokens.userOf("expired"));
        assertEquals(0, tokens.userOf("no-exp"));
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < VerifiedTokens.MAX_REMEMBERED; i++) {
            tokens.remember("token-" + i, i + 1, inAnHour);
        }
        assertEquals(1, tokens.userOf("token-0"));

        tokens.remember("one-more", 7, inAnHour);

        assertEquals(0, tokens.userOf("token-0"), "full: it starts afresh");
        assertEquals(7, tokens.userOf("one-more"));
    }
}
