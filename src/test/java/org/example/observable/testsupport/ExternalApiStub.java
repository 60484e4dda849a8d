package org.example.observable.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The external API of the integration-test server (EXTERNAL_API_URL = 127.0.0.1:{@code it.external.port}).
 * By path: {@code /slow} answers after 3 s (past the server's 1 s read timeout), {@code /broken} 500, anything
 * else 200 with a small JSON object. Every request's headers are kept.
 */
public final class ExternalApiStub {

    private static ExternalApiStub shared;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private record Received(String path, Map<String, List<String>> headers) {
    }

    private ExternalApiStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
    }

    public static synchronized ExternalApiStub shared() {
        if (shared == null) {
            try {
                shared = new ExternalApiStub(Integer.getInteger("it.external.port"));
            } catch (IOException e) {
                throw new UncheckedIOException("external API stub could not bind " + System.getProperty("it.external.port"), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
        }
        return shared;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders())));
            switch (path) {
                case "/slow" -> {
                    sleep(3000);
                    send(exchange, 200, "{\"late\":true}");
                }
                case "/broken" -> send(exchange, 500, "{\"error\":\"boom\"}");
                default -> send(exchange, 200, "{\"symbol\":\"OBS\",\"price\":42.5}");
            }
        } catch (IOException closedByClient) {
            // the server under test gave up (read timeout): nothing to answer
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The path of every request received, in order (as the stub's HTTP server decoded it). */
    public List<String> paths() {
        return received.stream().map(Received::path).toList();
    }

    /** The value of a header (case-insensitive name) of every request received on that path, in order. */
    public List<String> headerValues(String path, String header) {
        return received.stream()
                .filter(r -> r.path().equals(path))
                .flatMap(r -> r.headers().entrySet().stream())
                .filter(e -> e.getKey().equalsIgnoreCase(header))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }
}
