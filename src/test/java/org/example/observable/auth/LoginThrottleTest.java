package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.example.observable.testsupport.ManualClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ADDRESS = "192.0.2.10";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-02T12:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, 10, 300, clock);

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.checkAllowed(email, address);
            throttle.failed(email, address);
        }
    }

    @Test
    void anAccountIsRefusedAfterItsFailuresWithTheSecondsUntilTheWindowEnds() {
        fail("ann@example.com", ADDRESS, 3);
        clock.advance(Duration.ofSeconds(100));

        var refused = assertThrows(LoginThrottledException.class, () -> throttle.checkAllowed("ann@example.com", ADDRESS));
        assertEquals(200, refused.retryAfterSeconds(), "seconds until the first failure leaves the window");
        assertEquals("200", refused.responseHeaders().get("Retry-After"));
    }

    @Test
    void theRefusalEndsWhenTheWindowHasPassed() {
        fail("ann@example.com", ADDRESS, 3);
        clock.advance(Duration.ofSeconds(300));

        assertDoesNotThrow(() -> throttle.checkAllowed("ann@example.com", ADDRESS));
    }

    @Test
    void theAccountIsTheEmailWhateverItsCaseAndSurroundingSpaces() {
        fail("Ann@Example.com", ADDRESS, 2);
        fail(" ann@example.COM ", ADDRESS, 1);

        assertThrows(LoginThrottledException.class, () -> throttle.checkAllowed("ann@example.com", ADDRESS));
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        fail("ann@example.com", ADDRESS, 2);
        throttle.succeeded("ann@example.com");
        fail("ann@example.com", ADDRESS, 2);

        assertDoesNotThrow(() -> throttle.checkAllowed("ann@example.com", ADDRESS));
    }

    @Test
    void otherAccountsAreNotRefusedBecauseOfOneAccount() {
        fail("ann@example.com", ADDRESS, 3);

        assertDoesNotThrow(() -> throttle.checkAllowed("bob@example.com", "198.51.100.7"));
    }

    @Test
    void anAddressIsRefusedAfterItsFailuresAcrossAccounts() {
        for (int i = 0; i < 10; i++) {
            fail("user" + i + "@example.com", ADDRESS, 1);
        }

        assertThrows(LoginThrottledException.class, () -> throttle.checkAllowed("new@example.com", ADDRESS));
        assertDoesNotThrow(() -> throttle.checkAllowed("new@example.com", "198.51.100.7"));
    }

    @Test
    void aFlowOfDistinctAccountsKeepsTheMemoryBounded() {
        var wide = new LoginThrottle(3, Integer.MAX_VALUE, 300, clock);
        for (int i = 0; i <= LoginThrottle.MAX_TRACKED; i++) {
            wide.failed("user" + i + "@example.com", ADDRESS);
        }
        assertTrue(wide.trackedAccounts() <= LoginThrottle.MAX_TRACKED, "tracked accounts: " + wide.trackedAccounts());
        wide.failed("ann@example.com", ADDRESS);
        wide.failed("ann@example.com", ADDRESS);
        wide.failed("ann@example.com", ADDRESS);

        assertThrows(LoginThrottledException.class, () -> wide.checkAllowed("ann@example.com", ADDRESS),
                "still counting after the table was emptied");
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, 10, 300, clock));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, 10, 0, clock));
    }
}
