package org.example.observable.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Development only: starts a real PostgreSQL 18 (zonky embedded binaries) with its data under the server's
 * output folder in {@code target/}, and creates the configured role and database. Its classes come from the
 * {@code embeddedPostgres} server library, which only the liberty-maven-plugin fills; in the container image
 * this class cannot even load.
 * <p>
 * The database lives as long as the server JVM, not the application: dev mode restarts the application on
 * every recompile, and a restarted database would leave the connection pool holding dead connections. It
 * stops with the JVM (zonky's shutdown hook runs {@code pg_ctl stop} on {@code server stop} and Ctrl-C).
 */
final class EmbeddedDatabaseLauncher {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseLauncher.class.getName());

    private EmbeddedDatabaseLauncher() {
    }

    /** JVM-wide marker: a system property survives the application class loader of a dev-mode restart. */
    private static final String STARTED_PROPERTY = "org.example.observable.embedded-postgres.port";

    static synchronized void startOncePerServer(DatabaseSettings settings) {
        if (System.getProperty(STARTED_PROPERTY) != null) {
            LOG.info(() -> "Embedded PostgreSQL already running on 127.0.0.1:" + System.getProperty(STARTED_PROPERTY));
            return;
        }
        start(settings);
        System.setProperty(STARTED_PROPERTY, Integer.toString(settings.port()));
    }

    private static void start(DatabaseSettings settings) {
        File base = new File(System.getProperty("server.output.dir", "."), "embedded-postgres");
        long started = System.nanoTime();
        try {
            stopOrphanedPostgres(base);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(settings.port())
                    .setDataDirectory(new File(base, "data"))
                    .setOverrideWorkingDirectory(new File(base, "binaries"))
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setRegisterShutdownHook(true)
                    .start();
            createRoleAndDatabase(postgres, settings);
            LOG.info(() -> String.format("Embedded PostgreSQL started on 127.0.0.1:%d in %d ms (data in %s)",
                    settings.port(), (System.nanoTime() - started) / 1_000_000, base));
        } catch (Exception e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start on port " + settings.port()
                    + " (set DB_PORT to a free port, or DB_HOST for an external PostgreSQL)", e);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("DB_HOST is not set and the embedded PostgreSQL library is absent:"
                    + " outside liberty:dev/run an external PostgreSQL is required", e);
        }
    }

    /**
     * A server JVM killed hard (kill -9) cannot run its shutdown hook, and its PostgreSQL keeps the port and the data
     * folder: stop that one with its own pg_ctl before starting ours.
     */
    private static void stopOrphanedPostgres(File base) throws IOException, InterruptedException {
        File data = new File(base, "data");
        if (!new File(data, "postmaster.pid").exists()) {
            return;
        }
        File[] pgCtls = new File(base, "binaries").listFiles(dir -> new File(dir, "bin/pg_ctl").canExecute());
        if (pgCtls == null || pgCtls.length == 0) {
            return;
        }
        LOG.warning(() -> "A PostgreSQL of an earlier server run still holds " + data + ": stopping it");
        Process stop = new ProcessBuilder(new File(pgCtls[0], "bin/pg_ctl").getPath(), "stop", "-D", data.getPath(),
                "-m", "fast", "-w", "-t", "30").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!stop.waitFor(40, TimeUnit.SECONDS)) {
            stop.destroyForcibly();
        }
    }

    private static void createRoleAndDatabase(EmbeddedPostgres postgres, DatabaseSettings settings) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            String role = quoteIdentifier(settings.user());
            try (var rs = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + settings.user().replace("'", "''") + "'")) {
                if (!rs.next()) {
                    sql.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + settings.password().replace("'", "''") + "'");
                }
            }
            try (var rs = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + settings.name().replace("'", "''") + "'")) {
                if (!rs.next()) {
                    sql.execute("CREATE DATABASE " + quoteIdentifier(settings.name()) + " OWNER " + role);
                }
            }
        }
    }

    private static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
