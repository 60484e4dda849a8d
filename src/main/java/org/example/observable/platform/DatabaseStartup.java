package org.example.observable.platform;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Makes the database ready before the application serves requests: starts the embedded development
 * PostgreSQL when no external one is configured, then applies the Flyway migrations.
 */
@WebListener
public class DatabaseStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = "jdbc/appDb")
    DataSource dataSource;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        if (settings.usesEmbeddedDatabase()) {
            EmbeddedDatabaseLauncher.startOncePerServer(settings);
        } else {
            LOG.info(() -> "Using external PostgreSQL at " + settings.externalHost() + ":" + settings.port());
        }
        MigrateResult result;
        try {
            result = migrate();
        } catch (FlywayException e) {
            // A pooled connection opened before PostgreSQL restarted is dead; the pool drops them all on that error,
            // so one more attempt gets a fresh connection (an application redeployed after a database restart).
            if (DatabaseUnavailableException.causing(e).isEmpty()) {
                throw e;
            }
            LOG.warning(() -> "Database migration met a dead pooled connection, trying once more: " + e.getMessage());
            result = migrate();
        }
        MigrateResult migrated = result;
        LOG.info(() -> "Database schema at version " + migrated.targetSchemaVersion
                + " (" + migrated.migrationsExecuted + " migrations applied now)");
        SchemaState.markMigrated();
    }

    private MigrateResult migrate() {
        // db/migration and db/callback each hold an empty flyway.location file: without one Flyway cannot list a
        // classpath folder inside Liberty's class loaders (and logs an error for its default callback folder).
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
