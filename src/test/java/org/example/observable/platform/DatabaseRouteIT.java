package org.example.observable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.File;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.InContainerDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: with DB_HOST set, start-up uses that PostgreSQL (no embedded one) and migrates it with Flyway. */
@ExtendWith(ArquillianExtension.class)
class DatabaseRouteIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.of(DatabaseRouteIT.class);
    }

    @Resource(lookup = "jdbc/appDb")
    DataSource dataSource;

    @Test
    void externalDatabaseIsUsedWhenDbHostIsSet() throws SQLException {
        assertEquals("127.0.0.1", System.getenv("DB_HOST"), "the server's DB_HOST");
        assertEquals(System.getenv("DB_PORT"), DatabaseRows.strings(dataSource, "SELECT inet_server_port()::text").get(0),
                "the data source's PostgreSQL listens on DB_PORT");
        assertFalse(new File(System.getProperty("server.output.dir"), "embedded-postgres/data").exists(),
                "no embedded PostgreSQL was started by this server");
    }

    @Test
    void flywayHasAppliedTheFirstMigrationSuccessfully() throws SQLException {
        List<String> applied = DatabaseRows.strings(dataSource,
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank");
        assertTrue(applied.contains("1"), "successful migrations: " + applied);
    }

    @Test
    void migratedSchemaHasTheUsersPostsAndVotesTables() throws SQLException {
        List<String> tables = DatabaseRows.strings(dataSource,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
        assertTrue(tables.containsAll(List.of("users", "posts", "votes")), "tables: " + tables);
    }

    @Test
    void startupMarksTheSchemaMigrated() {
        assertTrue(SchemaState.isMigrated(), "SchemaState after start-up");
    }
}
