package org.example.observable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Liberty server of the packaged WAR, started under the OpenTelemetry Java agent as a team that picks the
 * agent runs it: the integration-test server's Liberty, server.xml, server.env and JDBC driver, its PostgreSQL, and
 * {@code -javaagent} in {@code jvm.options}. It has a Liberty user directory of its own (the integration-test one's
 * {@code shared/server.env} would give it the other server's ports), exports to the receiver it is given, and runs no
 * outbox relay (no SMTP host) so that it sends nothing the other server's tests wait for. {@link #close()} stops it.
 */
public final class JavaAgentServer implements AutoCloseable {

    private static final String NAME = "observable-agent-it";
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final Path wlp;
    private final Path userDir;
    private final int httpPort;

    private JavaAgentServer(Path wlp, Path userDir, int httpPort) {
        this.wlp = wlp;
        this.userDir = userDir;
        this.httpPort = httpPort;
    }

    /** Starts the server, exporting every signal to {@code receiver}, and returns once it answers as ready. */
    public static JavaAgentServer start(OtlpReceiver receiver) throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("it.wlp.home"));
        Path testServer = Path.of(System.getProperty("it.server.dir"));
        Path userDir = Path.of(System.getProperty("it.user.dir")).resolveSibling("liberty-agent-it");
        int httpPort = Integer.getInteger("it.agent.http.port");
        deleteRecursively(userDir);
        Path serverDir = Files.createDirectories(userDir.resolve("servers").resolve(NAME));
        for (String file : List.of("server.xml", "server.env", "bootstrap.properties")) {
            Files.copy(testServer.resolve(file), serverDir.resolve(file));
        }
        Files.createDirectories(serverDir.resolve("apps"));
        Files.copy(Path.of(System.getProperty("it.war")), serverDir.resolve("apps").resolve("observable-service.war"));
        Path jdbc = Files.createDirectories(serverDir.resolve("jdbc"));
        try (Stream<Path> drivers = Files.list(testServer.resolve("jdbc"))) {
            for (Path driver : drivers.toList()) {
                Files.copy(driver, jdbc.resolve(driver.getFileName()));
            }
        }
        Files.createDirectories(serverDir.resolve("embedded-postgres"));
        Files.writeString(serverDir.resolve("jvm.options"), "-javaagent:" + System.getProperty("it.javaagent.jar") + "\n");
        Files.createDirectories(userDir.resolve("shared"));
        Files.writeString(userDir.resolve("shared").resolve("server.env"), String.join("\n",
                "ENVIRONMENT=test",
                "HTTP_PORT=" + httpPort,
                "HTTPS_PORT=" + Integer.getInteger("it.agent.https.port"),
                "DB_HOST=127.0.0.1",
                "DB_PORT=" + Integer.getInteger("it.db.port"),
                "OTEL_EXPORTER_OTLP_ENDPOINT=" + receiver.endpoint(),
                "OTEL_BSP_SCHEDULE_DELAY=100",
                "OTEL_BLRP_SCHEDULE_DELAY=100",
                "OTEL_METRIC_EXPORT_INTERVAL=1000",
                "JWT_KEYSTORE_PASSWORD=" + System.getProperty("it.jwt.keystore.password"),
                "PAYMENT_SERVICE_TOKEN=" + ServiceUnderTest.PAYMENT_SERVICE_TOKEN,
                ""), StandardCharsets.UTF_8);
        JavaAgentServer server = new JavaAgentServer(wlp, userDir, httpPort);
        server.serverCommand("start");
        try {
            ServiceUnderTest.awaitReady(server.baseUri(), READY_WITHIN);
        } catch (RuntimeException notReady) {
            server.close(); // started but never ready: stopped here, the test class never gets it to stop
            throw new IllegalStateException("the server under the Java agent was not ready; its log: "
                    + server.messagesLog(), notReady);
        }
        return server;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Liberty's messages.log of this server. */
    public Path messagesLog() {
        return userDir.resolve("servers").resolve(NAME).resolve("logs").resolve("messages.log");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        serverCommand("stop");
    }

    private void serverCommand(String action) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(wlp.resolve("bin").resolve("server").toString(), action, NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(userDir.resolve("server-commands.log").toFile()));
        command.environment().put("WLP_USER_DIR", userDir.toString());
        Process process = command.start();
        if (!process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + NAME + " did not return within " + READY_WITHIN);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("server " + action + " " + NAME + " exited with " + process.exitValue()
                    + "; see " + userDir.resolve("server-commands.log"));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
