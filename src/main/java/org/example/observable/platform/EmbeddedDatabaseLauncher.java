package org.example.observable.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
        start(new File(System.getProperty("server.output.dir", "."), "embedded-postgres"), settings);
        System.setProperty(STARTED_PROPERTY, Integer.toString(settings.port()));
    }

    /**
     * Starts PostgreSQL with its binaries and data under {@code base} (after stopping one an earlier, killed JVM left
     * there) and creates the role and database of {@code settings}. Also used by the build, which starts the
     * integration-test server's PostgreSQL with it (platform.IntegrationTestDatabase).
     */
    static void start(File base, DatabaseSettings settings) {
        long started = System.nanoTime();
        try {
            stopRunning(base);
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
     * Stops the PostgreSQL running on the data under {@code base}, if any, with a fast shutdown (SIGINT to the
     * postmaster: sessions ended, open transactions rolled back), or kills it when it has not stopped after 30 s. A
     * server JVM killed hard (kill -9) cannot run its shutdown hook, and its PostgreSQL keeps the port and the data
     * folder: start stops that one before starting its own. Not pg_ctl, which refuses to run as root.
     */
    static void stopRunning(File base) throws IOException, InterruptedException {
        Path pidFile = base.toPath().resolve("data/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        if (postmaster.isEmpty()) {
            return;   // a stale pid file: nothing runs there (or another process has the number now)
        }
        LOG.info(() -> "Stopping the PostgreSQL (PID " + pid + ") that holds " + base);
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
        try {
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            postmaster.get().destroyForcibly();
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
