package org.example.observable.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.observable.platform.IntegrationTestDatabase;
import org.example.observable.testsupport.TestDatabase;

/**
 * The integration-test server's PostgreSQL (the build's {@link IntegrationTestDatabase}), stopped and started from
 * the test JVM as an operator would: a fast shutdown (SIGINT to the postmaster: sessions ended, open transactions
 * rolled back; killed if it has not stopped after 30 s), then the same {@code postgres} binary on the same data folder
 * with the options it was started with ({@code postmaster.opts}).
 * A PostgreSQL started here is stopped when the test JVM ends, before the build stops the server.
 */
final class TestServerPostgres {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final File data;
    private Process started;

    private TestServerPostgres(File data) {
        this.data = data;
    }

    static TestServerPostgres ofTheTestServer() {
        return new TestServerPostgres(new File(System.getProperty("it.database.dir"), "data"));
    }

    void stop() throws IOException, InterruptedException {
        IntegrationTestDatabase.stop(data.getParentFile());
    }

    synchronized void start() throws IOException, InterruptedException {
        // postmaster.opts: the postgres binary and then each argument, all in double quotes.
        String opts = Files.readString(data.toPath().resolve("postmaster.opts")).strip();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; in a user namespace of its own it sees itself (and its root-owned
            // data folder) as the overflow user, and starts.
            command.addAll(List.of("unshare", "--user"));
        }
        command.add(opts.substring(0, opts.indexOf(' ')));
        Matcher argument = QUOTED.matcher(opts.substring(opts.indexOf(' ')));
        while (argument.find()) {
            command.add(argument.group(1));
        }
        Path log = data.toPath().resolveSibling("restarted-by-test.log");
        started = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Process postgres = started;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (postgres.isAlive()) {
                try {
                    new ProcessBuilder("kill", "-INT", Long.toString(postgres.pid())).start().waitFor(10, TimeUnit.SECONDS);
                    postgres.waitFor(30, TimeUnit.SECONDS);
                } catch (IOException | InterruptedException e) {
                    postgres.destroyForcibly();
                }
            }
        }));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!acceptsConnections()) {
            if (!postgres.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL did not start again; see " + log);
            }
            Thread.sleep(100);
        }
    }

    void ensureRunning() throws IOException, InterruptedException {
        if (!new File(data, "postmaster.pid").exists()) {
            start();
        }
    }

    private static boolean acceptsConnections() {
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
