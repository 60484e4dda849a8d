package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/telemetry.md mirrors TelemetryNames: every name of the catalogue class is a documented name. */
class TelemetryNamesDocumentedTest {

    @Test
    void everyCatalogueNameIsInTheCatalogueDocument() throws IOException {
        String document = Files.readString(Path.of("docs", "telemetry.md"));
        List<String> undocumented = Stream.of(TelemetryNames.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(TelemetryNamesDocumentedTest::value)
                .filter(name -> !document.contains("`" + name))
                .toList();
        assertEquals(List.of(), undocumented, "TelemetryNames values docs/telemetry.md does not name");
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field.getName(), e);
        }
    }
}
