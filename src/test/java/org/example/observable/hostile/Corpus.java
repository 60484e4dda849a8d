package org.example.observable.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.example.observable.hostile.ApiOperations.Operation;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.Shop;

/**
 * The data the hostile requests work on (users, a post, a product, an order of their own), one valid request per
 * operation to mutate, and sending a request with the rules every answer must follow: never 5xx, every 4xx a problem.
 * Requests go out from 127.0.0.3, so the few failed log-ins they cause count against no other test's address budget.
 */
final class Corpus {

    static final InetAddress FROM;
    static final int BODY_LIMIT = 1_048_576;
    static final int IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

    static {
        try {
            FROM = InetAddress.getByName("127.0.0.3");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request ready to send: target (path and query as written on the wire), raw JSON body or null, bearer token or null. */
    record Valid(String target, String json, String token, int status) {
    }

    /** One hostile request and the statuses it may get (empty: any that is not 5xx). */
    record Case(String category, String description, String method, String target, byte[] body, boolean chunked,
                String token, Set<Integer> expected, String... headers) {
    }

    final ApiUser owner = ApiUser.register();
    final ApiUser voter = ApiUser.register();
    final long postId = owner.createPost("Hostile corpus", "a post to aim at");
    final long productId = Shop.createProduct(owner, "1.00", 1_000_000);
    final long orderId = owner.request().body(Shop.order(productId, 1, "card")).post("/api/orders")
            .then().statusCode(201).extract().jsonPath().getLong("id");

    /** A fresh valid request for the operation (some need a new post or user each time), or a generated one. */
    Valid valid(Operation op) {
        String token = op.secured() ? owner.token() : null;
        return switch (op.key()) {
            case "POST /api/users" -> new Valid(op.path(), ApiOperations.object(Map.of(
                    "email", quote("hostile-" + UUID.randomUUID() + "@example.com"), "password", quote(ApiUser.PASSWORD))), null, 201);
            case "POST /api/login" -> new Valid(op.path(), ApiOperations.object(Map.of(
                    "email", quote(owner.email()), "password", quote(owner.password()))), null, 200);
            case "POST /api/posts" -> new Valid(op.path(), post(), token, 201);
            case "POST /api/posts/import" -> new Valid(op.path(), "[" + post() + "]", token, 200);
            case "PUT /api/posts/{id}" -> new Valid("/api/posts/" + postId, post(), token, 200);
            case "GET /api/posts/{id}" -> new Valid("/api/posts/" + postId, null, token, 200);
            case "DELETE /api/posts/{id}" -> new Valid("/api/posts/" + owner.createPost("To delete", "c"), null, token, 204);
            case "POST /api/votes" -> new Valid(op.path(), ApiOperations.object(ordered(
                    "post_id", Long.toString(owner.createPost("To vote for", "c")), "voted", "true")), voter.token(), 201);
            case "POST /api/products" -> new Valid(op.path(), ApiOperations.object(ordered(
                    "name", quote("hostile-" + UUID.randomUUID()), "price", "1.00", "stock", "1")), token, 201);
            case "POST /api/orders" -> new Valid(op.path(), ApiOperations.object(ordered("product_id", Long.toString(productId),
                    "quantity", "1", "payment_method", quote("card"), "order_type", quote("standard"))), token, 201);
            case "GET /api/orders/{id}" -> new Valid("/api/orders/" + orderId, null, token, 200);
            case "POST /api/payments" -> new Valid(op.path(), ApiOperations.object(ordered("order_id", Long.toString(orderId),
                    "amount", "1.00", "payment_method", quote("card"))), ServiceUnderTest.PAYMENT_SERVICE_TOKEN, 201);
            case "GET /api/users/{id}" -> new Valid("/api/users/" + owner.id(), null, token, 200);
            case "DELETE /api/users/me" -> new Valid(op.path(), null, ApiUser.register().token(), 204);
            case "GET /api/external/{resource}" -> new Valid("/api/external/quote", null, null, 200);
            case "GET /api/posts" -> new Valid("/api/posts?limit=5", null, token, 200);
            default -> generated(op, token);
        };
    }

    /** An operation this corpus has no valid request for: path parameters 1, every field a plain value of its type. */
    private static Valid generated(Operation op, String token) {
        String json = null;
        if (op.consumesJson()) {
            Map<String, String> fields = new LinkedHashMap<>();
            op.fields().forEach(f -> fields.put(f.name(), switch (f.type()) {
                case "integer" -> "1";
                case "number" -> "1.5";
                case "boolean" -> "true";
                case "array" -> "[]";
                case "object" -> "{}";
                default -> quote("text");
            }));
            json = op.arrayBody() ? "[" + ApiOperations.object(fields) + "]" : ApiOperations.object(fields);
        }
        return new Valid(op.path().replaceAll("\\{[^/]+}", "1"), json, token, -1);
    }

    /** The valid body's fields as raw JSON values (the element's, for an array body). */
    static Map<String, String> fieldsOf(Valid valid) {
        String json = valid.json().startsWith("[") ? valid.json().substring(1, valid.json().length() - 1) : valid.json();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : json.substring(1, json.length() - 1).split(",(?=\")")) {
            int colon = pair.indexOf("\":");
            fields.put(pair.substring(1, colon), pair.substring(colon + 2));
        }
        return fields;
    }

    static String body(Operation op, Map<String, String> fields) {
        String object = ApiOperations.object(fields);
        return op.arrayBody() ? "[" + object + "]" : object;
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String post() {
        return ApiOperations.object(ordered("title", quote("Hostile"), "content", quote("corpus content")));
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static Case json(String category, String description, Operation op, Valid valid, String json, Set<Integer> expected) {
        return new Case(category, description, op.method(), valid.target(), json.getBytes(StandardCharsets.UTF_8), false,
                valid.token(), expected, "Content-Type", "application/json");
    }

    /** Sends the case, records it in {@link Figures}, and asserts the rules and the expected status. */
    static RawHttp.Answer send(Case c, String... moreHeaders) {
        List<String> headers = new ArrayList<>(List.of(c.headers()));
        headers.addAll(List.of(moreHeaders));
        if (c.token() != null) {
            headers.add("Authorization");
            headers.add("Bearer " + c.token());
        }
        long start = System.nanoTime();
        RawHttp.Answer answer = RawHttp.send(FROM, c.method(), c.target(), c.body(), c.chunked(), headers.toArray(String[]::new));
        Figures.record(c.category(), answer.status(), System.nanoTime() - start);
        assertRules(c, answer);
        return answer;
    }

    static void assertRules(Case c, RawHttp.Answer answer) {
        String what = c.category() + ": " + c.description() + " (" + c.method() + " " + RawHttp.abbreviated(c.target())
                + ") answered " + answer.status() + " " + RawHttp.abbreviated(answer.text());
        assertAll(
                () -> assertTrue(answer.status() >= 200 && answer.status() < 500, what),
                () -> assertTrue(c.expected().isEmpty() || c.expected().contains(answer.status()), what + ", expected " + c.expected()),
                () -> {
                    if (answer.status() >= 400) {
                        assertEquals("application/problem+json", answer.contentType().split(";")[0], what + ": content type");
                        assertTrue(answer.text().contains("\"status\":" + answer.status()), what + ": problem body");
                    }
                });
    }

    /**
     * Waits until a final request (its User-Agent a fresh marker) has been exported, then scans every OTLP payload
     * received so far (spans, metrics, logs) for the secrets.
     */
    static void assertNoSecretReachedTheCollector(List<String> secrets) {
        String marker = "hostile-leak-scan/" + UUID.randomUUID();
        RawHttp.send(FROM, "GET", "/api/telemetry/status", null, false, "User-Agent", marker);
        OtlpReceiver receiver = OtlpReceiver.shared();
        receiver.awaitSpan("span of the leak scan's marker request", s -> OtlpReceiver
                .attribute(s.getAttributesList(), "http.request.header.user-agent").filter(marker::equals).isPresent());
        List<String> leaks = new ArrayList<>();
        for (byte[] payload : receiver.rawPayloads()) {
            String text = new String(payload, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                if (text.contains(secret) && !leaks.contains(RawHttp.abbreviated(secret))) {
                    leaks.add(RawHttp.abbreviated(secret));
                }
            }
        }
        assertEquals(List.of(), leaks, "secrets of the hostile requests found in what the collector received");
    }

    /** What this corpus's requests carried that must never be exported: passwords, tokens, full e-mail addresses. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (ApiUser user : List.of(owner, voter)) {
            secrets.add(user.email());
            secrets.add(user.token());
            secrets.add(user.token().substring(user.token().lastIndexOf('.') + 1));
        }
        secrets.add(ApiUser.PASSWORD);
        return secrets;
    }

    static void assertServerStillAnswers() {
        ServiceUnderTest.request().get("/health/ready").then().statusCode(200);
    }
}
