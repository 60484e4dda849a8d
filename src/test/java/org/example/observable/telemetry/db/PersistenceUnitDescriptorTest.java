package org.example.observable.telemetry.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** The pool name of the database metrics is the persistence unit's own {@code <jta-data-source>}. */
class PersistenceUnitDescriptorTest {

    @Test
    void theApplicationsPersistenceUnitUsesTheApplicationDataSource() {
        assertEquals("jdbc/appDb", PersistenceUnitDescriptor.jtaDataSource(getClass().getClassLoader()));
    }

    @Test
    void withoutADescriptorTheDataSourceIsUnknown() throws Exception {
        try (var empty = new URLClassLoader(new URL[0], null)) {
            assertEquals("unknown", PersistenceUnitDescriptor.jtaDataSource(empty));
        }
    }
}
