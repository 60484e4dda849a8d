package org.example.observable.platform;

import java.io.File;
import java.io.IOException;

/**
 * The integration-test server's PostgreSQL, run by the build (exec:java, pom.xml) as production runs its own: outside
 * the server, which reaches it through {@code DB_HOST} (src/test/liberty/server.env). {@code start <port> <dir>} before
 * the server starts, {@code stop <dir>} after the tests. It is started by the same code as the embedded development
 * database ({@link EmbeddedDatabaseLauncher}: zonky's PostgreSQL binaries, 127.0.0.1 only, the server.xml defaults for
 * database, role and password), so the build also proves the route of {@code ./mvnw liberty:run}. One left by a killed
 * build is stopped at the next start.
 */
public final class IntegrationTestDatabase {

    private IntegrationTestDatabase() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "start" -> EmbeddedDatabaseLauncher.start(new File(args[2]),
                    new DatabaseSettings("", Integer.parseInt(args[1]), "observable", "observable", "observable", "test"));
            case "stop" -> stop(new File(args[1]));
            default -> throw new IllegalArgumentException("usage: start <port> <dir> | stop <dir>");
        }
    }

    /** A fast shutdown of the PostgreSQL whose binaries and data are under {@code dir}, if one runs. */
    public static void stop(File dir) throws IOException, InterruptedException {
        EmbeddedDatabaseLauncher.stopRunning(dir);
    }
}
