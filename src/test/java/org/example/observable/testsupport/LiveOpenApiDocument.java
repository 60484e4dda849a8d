package org.example.observable.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Saves the running server's {@code /openapi} (JSON) for the client generator (exec:java, pom.xml):
 * {@code <server base URL> <file>}. Liberty answers an empty document ("Generated API", no paths) for a moment after
 * the application has started, so this waits (bounded) until the document lists the application's operations.
 */
public final class LiveOpenApiDocument {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private LiveOpenApiDocument() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: <server base URL> <file>");
        }
        Path file = Path.of(args[1]);
        String document = await(URI.create(args[0] + "/openapi?format=JSON"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, document);
        System.out.println("OpenAPI document of " + args[0] + " saved to " + file);
    }

    static String await(URI uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                last = answer.statusCode() + " " + answer.body();
                if (answer.statusCode() == 200 && listsOperations(answer.body())) {
                    return answer.body();
                }
            } catch (IOException notYetListening) {
                last = notYetListening.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("No OpenAPI document with operations at " + uri + " within " + TIMEOUT + "; last: " + last);
    }

    static boolean listsOperations(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject paths = reader.readObject().getJsonObject("paths");
            return paths != null && !paths.isEmpty();
        }
    }
}
