package org.example.observable.platform;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

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
        // db/migration and db/callback each hold an empty flyway.location file: without one Flyway cannot list a
        // classpath folder inside Liberty's class loaders (and logs an error for its default callback folder).
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        SchemaState.markMigrated();
    }
}
