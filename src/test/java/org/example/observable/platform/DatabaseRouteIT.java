package org.example.observable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production database route, which the integration-test server takes: with {@code DB_HOST} set, start-up starts no
 * embedded PostgreSQL, uses the one at {@code DB_HOST:DB_PORT} (the build's, IntegrationTestDatabase) and migrates it
 * with Flyway. Seen from outside: through the API, the server's folder and the database.
 */
class DatabaseRouteIT {

    private static final Path SERVER_DIR = Path.of(System.getProperty("it.server.dir"));
    private static final DataSource DATABASE = TestDatabase.dataSource();

    @BeforeAll
    static void serverIsReady() {
        ServiceUnderTest.ready();
    }

    @Test
    void theServerWritesToThePostgresqlAtDbHostAndStartedNoEmbeddedOne() throws SQLException {
        ApiUser user = ApiUser.register();

        assertEquals(List.of(user.email()), DatabaseRows.strings(DATABASE, "SELECT email FROM users WHERE id = ?", user.id()),
                "the registered user in the PostgreSQL at DB_HOST:DB_PORT");
        assertFalse(Files.exists(SERVER_DIR.resolve("embedded-postgres/data")), "an embedded PostgreSQL's data folder");
    }

    @Test
    void flywayHasAppliedEveryMigrationOfTheApplication() throws SQLException, IOException {
        List<String> applied = DatabaseRows.strings(DATABASE,
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank");
        assertEquals(migrationVersionsInTheWar(), applied, "successful migrations, in order");
    }

    @Test
    void migratedSchemaHasTheApplicationsTables() throws SQLException {
        List<String> tables = DatabaseRows.strings(DATABASE,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN"
                        + " ('users', 'posts', 'votes', 'products', 'orders') ORDER BY table_name");
        assertEquals(List.of("orders", "posts", "products", "users", "votes"), tables, "tables");
    }

    /** The versions of src/main/resources/db/migration (V<version>__<description>.sql), in Flyway's order. */
    private static List<String> migrationVersionsInTheWar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+(_\\d+)*__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                    .sorted(Comparator.comparing(DatabaseRouteIT::versionKey))
                    .toList();
        }
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%010d", Long.parseLong(part)));
        }
        return key.toString();
    }
}
