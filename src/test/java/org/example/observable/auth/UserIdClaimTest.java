package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UserIdClaimTest {

    @Test
    void aPositiveWholeNumberIsTheUserId() {
        assertEquals(42L, UserIdClaim.of("42"));
        assertEquals(999_999_999_999_999_999L, UserIdClaim.of("999999999999999999"));
    }

    @Test
    void anythingElseIsAnInvalidToken() {
        for (String subject : new String[] {null, "", "0", "-1", "+1", "1.0", "admin", " 1", "1234567890123456789", "٣"}) {
            assertThrows(InvalidTokenException.class, () -> UserIdClaim.of(subject), "sub " + subject);
        }
    }
}
