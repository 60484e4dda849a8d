package org.example.observable.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.example.observable.testsupport.ShippedConfiguration;

/**
 * The integration-test server's PostgreSQL, run by the build (exec:java, pom.xml) as production runs its own: outside
 * the server, which reaches it through {@code DB_HOST} (src/test/liberty/server.env). {@code start <port> <dir>
 * <liberty config dir>} before the server starts, {@code stop <dir>} after the tests. It is started by the same code as
 * the embedded development database ({@link EmbeddedDatabaseLauncher}: zonky's PostgreSQL binaries, 127.0.0.1 only,
 * database, role and password read from server.xml's defaults), so the build also proves the route of
 * {@code ./mvnw liberty:run}. One left by a killed build is stopped at the next start.
 */
public final class IntegrationTestDatabase {

    private IntegrationTestDatabase() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "start" -> start(Integer.parseInt(args[1]), new File(args[2]), ShippedConfiguration.of(Path.of(args[3])));
            case "stop" -> stop(new File(args[1]));
            default -> throw new IllegalArgumentException("usage: start <port> <dir> <liberty config dir> | stop <dir>");
        }
    }

    /** Database, role and password as server.xml's defaults name them, which the server then uses. */
    private static void start(int port, File dir, ShippedConfiguration configuration) throws Exception {
        EmbeddedDatabaseLauncher.start(dir, new DatabaseSettings("", port, configuration.serverXmlVariable("db.name"),
                configuration.serverXmlVariable("db.user"), configuration.serverXmlVariable("db.password"), "test"));
    }

    /** A fast shutdown of the PostgreSQL whose binaries and data are under {@code dir}, if one runs. */
    public static void stop(File dir) throws IOException, InterruptedException {
        EmbeddedDatabaseLauncher.stopRunning(dir);
    }
}
