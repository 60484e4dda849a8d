package org.example.observable.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static DatabaseSettings settings(String host, String environment) {
        return new DatabaseSettings(host, 55432, "observable", "observable", "observable", environment);
    }

    @Test
    void developmentWithoutHostUsesTheEmbeddedDatabase() {
        assertTrue(settings("", "development").usesEmbeddedDatabase());
    }

    @Test
    void aGivenHostNeverStartsTheEmbeddedDatabase() {
        assertFalse(settings("db.internal", "development").usesEmbeddedDatabase());
        assertFalse(settings("db.internal", "production").usesEmbeddedDatabase());
    }

    @Test
    void productionWithoutHostRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> settings("", "production").usesEmbeddedDatabase());
    }

    @Test
    void stagingWithoutHostRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> settings(" ", "staging").usesEmbeddedDatabase());
    }
}
