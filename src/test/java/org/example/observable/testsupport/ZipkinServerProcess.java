package org.example.observable.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Zipkin server (io.zipkin:zipkin-server exec jar) the integration-test server exports traces to, run by the build
 * (exec:java, pom.xml): {@code start <jar> <port> <dir>} before the Liberty server starts, {@code stop <dir>} after the
 * tests. It listens on 127.0.0.1 only; its PID is kept in {@code <dir>/zipkin.pid} and its console in
 * {@code <dir>/zipkin.log}. A Zipkin left by a build that was killed is stopped at the next start; one whose build
 * ended before the stop step is stopped when that Maven process exits.
 */
public final class ZipkinServerProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String JAR_NAME = "zipkin-server.jar";

    private ZipkinServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "start" -> start(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "stop" -> stop(Path.of(args[1]));
            default -> throw new IllegalArgumentException("usage: start <jar> <port> <dir> | stop <dir>");
        }
    }

    static void start(Path jar, int port, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        stop(dir);
        Path log = dir.resolve("zipkin.log");
        ProcessBuilder zipkinProcess = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(),
                "--armeria.ports[0].address=127.0.0.1",
                "--armeria.ports[0].port=" + port,
                "--armeria.ports[0].protocols[0]=http"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Its in-memory storage keeps 500,000 spans by default: more than 256 MB of heap. A full verify sends it more than
        // that, and a Zipkin out of memory answers nothing, so every span batch waited 10 s for it (the SDK's
        // MultiSpanExporter waits for all exporters) and the OTLP receiver got no span for minutes. 20,000 is plenty
        // for ZipkinExportIT, which looks up its own trace right after sending it.
        zipkinProcess.environment().put("MEM_MAX_SPANS", "20000");
        Process zipkin = zipkinProcess.start();
        Files.writeString(pidFile(dir), Long.toString(zipkin.pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(zipkin::destroy, "stop-zipkin"));
        awaitHealthy(zipkin, port, log);
        System.out.println("Zipkin (PID " + zipkin.pid() + ") at http://127.0.0.1:" + port + "/zipkin/, console " + log);
    }

    private static void awaitHealthy(Process zipkin, int port, Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!zipkin.isAlive()) {
                throw new IllegalStateException("Zipkin exited with " + zipkin.exitValue() + "; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        zipkin.destroyForcibly();
        throw new IllegalStateException("Zipkin not healthy on 127.0.0.1:" + port + " after " + START_TIMEOUT + "; see " + log);
    }

    /** Stops the Zipkin whose PID the file names, if that process is still this jar's; removes the file. */
    static void stop(Path dir) throws IOException, InterruptedException {
        Path pidFile = pidFile(dir);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> zipkin = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                .filter(p -> p.info().commandLine().filter(c -> c.contains(JAR_NAME)).isPresent());
        if (zipkin.isPresent()) {
            ProcessHandle process = zipkin.get();
            process.destroy();
            try {
                process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
            }
            System.out.println("Zipkin (PID " + process.pid() + ") stopped");
        }
        Files.delete(pidFile);
    }

    private static Path pidFile(Path dir) {
        return dir.resolve("zipkin.pid");
    }
}
