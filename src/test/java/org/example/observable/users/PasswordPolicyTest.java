package org.example.observable.users;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void eightCharactersWithLetterAndDigitAreAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("abcdefg1"));
    }

    @Test
    void oneHundredTwentyEightCharactersAreAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("a1".repeat(64)));
    }

    @Test
    void sevenCharactersAreRejected() {
        assertThrows(InvalidPasswordException.class, () -> PasswordPolicy.check("abcdef1"));
    }

    @Test
    void oneHundredTwentyNineCharactersAreRejected() {
        assertThrows(InvalidPasswordException.class, () -> PasswordPolicy.check("a1".repeat(64) + "x"));
    }

    @Test
    void passwordWithoutDigitIsRejected() {
        assertThrows(InvalidPasswordException.class, () -> PasswordPolicy.check("abcdefgh"));
    }

    @Test
    void passwordWithoutLetterIsRejected() {
        assertThrows(InvalidPasswordException.class, () -> PasswordPolicy.check("12345678"));
    }

    @Test
    void emptyAndMissingPasswordsAreRejected() {
        assertThrows(InvalidPasswordException.class, () -> PasswordPolicy.check(""));
        assertThrows(InvalidPasswordException.class, () -> PasswordPolicy.check(null));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Seven emoji are fourteen UTF-16 units but only seven characters.
        assertThrows(InvalidPasswordException.class, () -> PasswordPolicy.check("a1" + "\uD83D\uDE00".repeat(5)));
    }

    @Test
    void rejectionNamesThePasswordField() {
        InvalidPasswordException e = assertThrows(InvalidPasswordException.class, () -> PasswordPolicy.check("short1"));

        assertEquals("password", e.fieldErrors().get(0).field());
    }
}
