package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.IssuedSecrets;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.Shop;
import org.junit.jupiter.api.Test;

/**
 * The whole API scenario with known secrets, then every payload the collector received is scanned for them:
 * no password, token, cookie, API key or full e-mail address may leave the service in any span, metric or log.
 */
class SensitiveDataIT {

    @Test
    void noSecretReachesTheCollector() {
        String run = UUID.randomUUID().toString().substring(0, 12);
        String email = "secret-holder-" + run + "@example.com";
        String password = "Pw-" + run + "-9";
        String wrongPassword = "Wrong-" + run + "-1";
        String cookie = "cookie-" + run;
        String apiKey = "apikey-" + run;
        String marker = "sensitive-data-it/" + run;

        ServiceUnderTest.request().header("User-Agent", marker)
                .body(Map.of("email", email, "password", password)).post("/api/users").then().statusCode(201);
        ServiceUnderTest.request().header("User-Agent", marker)
                .body(Map.of("email", email, "password", password)).post("/api/users").then().statusCode(409);
        ServiceUnderTest.request().header("User-Agent", marker)
                .body(Map.of("email", email, "password", wrongPassword)).post("/api/login").then().statusCode(401);
        ServiceUnderTest.request().header("User-Agent", marker).contentType(ContentType.URLENC)
                .formParam("username", email).formParam("password", wrongPassword)
                .post("/api/login").then().statusCode(401);
        String token = ServiceUnderTest.request().header("User-Agent", marker)
                .body(Map.of("email", email, "password", password)).post("/api/login")
                .then().statusCode(200).extract().path("access_token");

        var asUser = ServiceUnderTest.request().header("User-Agent", marker)
                .header("Authorization", "Bearer " + token)
                .header("Cookie", "session=" + cookie)
                .header("X-Api-Key", apiKey);
        int postId = asUser.body(Map.of("title", "Secret scan " + run, "content", "nothing secret"))
                .post("/api/posts").then().statusCode(201).extract().path("id");
        ServiceUnderTest.request().header("Authorization", "Bearer " + token).header("Cookie", "session=" + cookie)
                .get("/api/posts/" + postId).then().statusCode(200);
        ServiceUnderTest.request().header("Authorization", "Bearer " + token)
                .body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(201);
        ServiceUnderTest.request().header("Authorization", "Bearer " + token).get("/api/users/me").then().statusCode(200);
        // An order calls the payment service with the service credential, which must not be recorded either.
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "2.50", 5);
        buyer.request().header("User-Agent", marker).body(Shop.order(product, 1, "card")).post("/api/orders")
                .then().statusCode(201);
        ServiceUnderTest.request().header("Authorization", "Bearer " + token + "x").get("/api/users/me").then().statusCode(401);

        // The last request's span and a log record written after it bound the wait: the scenario has been exported.
        String finalMarker = marker + "/final";
        ServiceUnderTest.request().header("User-Agent", finalMarker).get("/api/telemetry/status").then().statusCode(200);
        OtlpReceiver receiver = OtlpReceiver.shared();
        receiver.awaitSpan("span of the final request",
                s -> OtlpReceiver.attribute(s.getAttributesList(), "http.request.header.user-agent")
                        .filter(finalMarker::equals).isPresent());
        receiver.awaitMetric("http.server.request.duration");

        List<String> secrets = List.of(email, password, wrongPassword, token, token.substring(token.lastIndexOf('.') + 1),
                cookie, apiKey, ServiceUnderTest.PAYMENT_SERVICE_TOKEN);
        List<String> leaks = new ArrayList<>();
        boolean scenarioSeen = false;
        for (byte[] payload : receiver.rawPayloads()) {
            String text = new String(payload, StandardCharsets.UTF_8);
            scenarioSeen |= text.contains(marker);
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    leaks.add(secret.equals(password) ? "the password" : secret.equals(token) ? "the token" : secret);
                }
            }
        }
        assertTrue(leaks.isEmpty(), "secrets reached the collector: " + leaks);
        // Positive control: the scenario's own (harmless) user-agent is in the scanned bytes.
        assertTrue(scenarioSeen, "the scenario's telemetry was not among the scanned payloads: the scan would prove nothing");
    }

    /**
     * Every secret any earlier test of this run gave the service (each registered user's e-mail, password and token:
     * the hostile-input corpus and the fault tests run before this class, failsafe's alphabetical order), looked
     * for in every payload the collector received and in the server's log files.
     */
    @Test
    void noSecretOfTheWholeRunReachesTheCollectorOrTheLog() throws IOException {
        List<String> secrets = new ArrayList<>(IssuedSecrets.all());
        secrets.add(ServiceUnderTest.PAYMENT_SERVICE_TOKEN);
        List<String> places = new ArrayList<>();
        OtlpReceiver.shared().rawPayloads().forEach(payload -> places.add(new String(payload, StandardCharsets.UTF_8)));
        Path messages = Path.of(System.getProperty("it.server.log"));
        places.add(Files.readString(messages, StandardCharsets.ISO_8859_1));
        places.add(Files.readString(messages.resolveSibling("console.log"), StandardCharsets.ISO_8859_1));

        List<String> leaks = secrets.stream().filter(secret -> places.stream().anyMatch(text -> text.contains(secret)))
                .map(secret -> secret.length() > 12 ? secret.substring(0, 12) + "..." : secret).toList();

        assertTrue(secrets.size() >= 8, "registered users' secrets are looked for: " + secrets.size());
        assertTrue(places.size() > 10, "payloads and logs scanned: " + places.size());
        assertTrue(leaks.isEmpty(), leaks.size() + " of " + secrets.size() + " secrets reached the collector or the log: " + leaks);
    }

    /**
     * No bearer token, accepted or refused, in any file the server writes about itself: {@code messages.log},
     * {@code console.log} and Liberty's FFDC incidents ({@code logs/ffdc}), which dump an exception's message and the
     * objects around it (MicroProfile JWT's signature failure carries the whole token in both). The earlier tests of
     * the run sent forged, expired and foreign tokens (hostile.BrokenTokensIT, auth.ExternalIssuerIT); any JWT-shaped
     * text (two base64url JSON segments and a third) counts, whoever signed it.
     */
    @Test
    void noBearerTokenIsWrittenToTheLogsOrIncidentFiles() throws IOException {
        Path logs = Path.of(System.getProperty("it.server.log")).getParent();
        List<Path> files = new ArrayList<>(List.of(logs.resolve("messages.log"), logs.resolve("console.log")));
        Path incidents = logs.resolve("ffdc");
        if (Files.isDirectory(incidents)) {
            try (var listing = Files.list(incidents)) {
                listing.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        Pattern jwt = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*");
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            Matcher match = jwt.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
            if (match.find()) {
                found.add(logs.relativize(file) + ": " + match.group().substring(0, 20) + "...");
            }
        }
        // Positive control: the pattern finds a token the run issued (a user's, registered here).
        assertTrue(jwt.matcher("Bearer " + ApiUser.register().token()).find(), "the pattern matches an issued token");
        assertTrue(found.isEmpty(), "bearer tokens in " + found.size() + " of " + files.size() + " log and incident files: " + found);
    }
}
