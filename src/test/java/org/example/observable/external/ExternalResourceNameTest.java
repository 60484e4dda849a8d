package org.example.observable.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalResourceNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"quote", "a", "rates-2026", "0123456789abcdefghijklmnopqrstuv"})
    void lowerCaseLettersDigitsAndHyphensUpTo32AreAllowed(String name) {
        assertEquals(name, ExternalResourceName.require(name), "allowed name passes unchanged");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0123456789abcdefghijklmnopqrstuvw", "Quote", "a/b", "..", "a.b", "a b", "a?x=1", "a%2Fb",
            "quote\n", "ü"})
    void anythingElseIsAnUnknownResource(String name) {
        assertThrows(UnknownExternalResourceException.class, () -> ExternalResourceName.require(name),
                "refused: " + name);
    }
}
