package org.example.observable.hostile;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.example.observable.hostile.ApiOperations.Field;
import org.example.observable.hostile.ApiOperations.Operation;
import org.example.observable.hostile.Corpus.Case;
import org.example.observable.hostile.Corpus.Valid;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A generated corpus of hostile requests against every operation of the live OpenAPI document (a new endpoint is
 * covered the day it appears): malformed and truncated JSON, wrong types, missing and unknown fields, over-long
 * strings, numbers out of range, ids that are not numbers, invalid UTF-8, wrong Content-Type and bodies over the size
 * limit. None may be answered 5xx, every 4xx is a problem, and each category has the status it must get.
 * <p>
 * An array body (the import) reports a bad field of one element in its 200 answer instead of refusing the whole
 * request: there field faults expect 200.
 */
class HostileInputCorpusIT {

    static final String MALFORMED = "malformed or truncated JSON";
    static final String WRONG_TYPES = "wrong types";
    static final String MISSING = "missing fields";
    static final String UNKNOWN = "unknown fields";
    static final String OVERLONG = "over-long strings";
    static final String NUMBERS = "numbers out of range";
    static final String NOT_NUMBERS = "ids that are not numbers";
    static final String UTF8 = "invalid UTF-8";
    static final String NUL = "U+0000 in text";
    static final String CONTENT_TYPE = "wrong Content-Type";
    static final String TOO_LARGE = "body over the size limit";

    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> NOT_FOUND = Set.of(404);

    private static final List<String> MALFORMED_BODIES = List.of("", "{", "}", "[", "{\"", "{\"a\":", "{\"a\":1,}",
            "{'a':1}", "{a:1}", "nul", "tru", "{\"a\":1}}", "{\"a\":\"unterminated}", "{\"a\":01}", "{\"a\":1e}",
            "{\"a\":NaN}", "{\"a\":\"\\x41\"}", "/* comment */ {}", "\uFEFF{\"a\":}");
    private static final List<String> OUT_OF_RANGE = List.of("1e309", "-1e309", "9223372036854775808",
            "-9223372036854775809", "-1", "1e999999999", "1e-400");
    private static final List<String> NOT_A_NUMBER = List.of("abc", "1.5", "1e3", "0x1F", "99999999999999999999",
            "9223372036854775808", "-1", "0", "%20", "1%2C2", "%E2%82%AC", "null");
    private static final List<byte[]> INVALID_UTF8 = List.of(bytes(0xC3, 0x28), bytes(0xFF, 0xFE), bytes(0xC0, 0xAF),
            bytes(0xED, 0xA0, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xE2, 0x82));
    private static final List<String> WRONG_MEDIA_TYPES = List.of("text/plain", "application/xml", "text/html",
            "application/octet-stream", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "image/png", "application/json-patch+json");

    @TestFactory
    Stream<DynamicTest> noHostileRequestIsAnsweredWithAServerError() {
        Corpus corpus = new Corpus();
        List<Case> cases = new ArrayList<>();
        for (Operation op : ApiOperations.all()) {
            if (op.consumesJson()) {
                Valid valid = corpus.valid(op);
                cases.addAll(malformed(op, valid));
                cases.addAll(wrongTypes(op, valid));
                cases.addAll(missing(op, valid));
                cases.addAll(unknown(op, corpus));
                cases.addAll(overlong(op, valid));
                cases.addAll(outOfRange(op, valid));
                cases.addAll(invalidUtf8(op, valid));
                cases.addAll(nul(op, valid));
                cases.addAll(wrongContentType(op, valid));
            }
            cases.addAll(notNumbers(op, corpus));
            cases.addAll(tooLarge(op, corpus));
        }
        cases.addAll(nulOutsideJson(corpus));
        cases.addAll(largestOrder(corpus));
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases) {
            tests.add(dynamicTest(c.category() + ": " + c.description() + " " + c.method() + " " + RawHttp.abbreviated(c.target()),
                    () -> Corpus.send(c)));
        }
        tests.add(dynamicTest("the server is still ready afterwards", Corpus::assertServerStillAnswers));
        tests.add(dynamicTest("no password, token or e-mail of the corpus reached the collector",
                () -> Corpus.assertNoSecretReachedTheCollector(corpus.secrets())));
        return tests.stream();
    }

    private static List<Case> malformed(Operation op, Valid valid) {
        List<Case> cases = new ArrayList<>();
        for (String body : MALFORMED_BODIES) {
            cases.add(Corpus.json(MALFORMED, "body " + RawHttp.abbreviated(body), op, valid, body, BAD_REQUEST));
        }
        String whole = valid.json();
        for (int cut : new int[] {1, whole.length() / 4, whole.length() / 2, whole.length() * 3 / 4, whole.length() - 1}) {
            cases.add(Corpus.json(MALFORMED, "valid body cut after " + cut + " characters", op, valid, whole.substring(0, cut), BAD_REQUEST));
        }
        return cases;
    }

    private static List<Case> wrongTypes(Operation op, Valid valid) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> fields = Corpus.fieldsOf(valid);
        for (Field field : op.fields()) {
            List<String> wrong = switch (field.type()) {
                case "string" -> List.of("1", "true", "{}", "[\"a\"]");
                case "boolean" -> List.of("1", "\"yes\"", "\"true\"", "{}", "[]");
                default -> List.of("\"abc\"", "true", "{}", "[1]");
            };
            for (String value : wrong) {
                Map<String, String> body = ApiOperations.copy(fields);
                body.put(field.name(), value);
                cases.add(Corpus.json(WRONG_TYPES, field.name() + " = " + value, op, valid, Corpus.body(op, body), BAD_REQUEST));
            }
        }
        cases.add(Corpus.json(WRONG_TYPES, "a JSON string instead of the body", op, valid, "\"text\"", BAD_REQUEST));
        cases.add(Corpus.json(WRONG_TYPES, "a number instead of the body", op, valid, "42", BAD_REQUEST));
        cases.add(Corpus.json(WRONG_TYPES, op.arrayBody() ? "an object instead of an array" : "an array instead of an object",
                op, valid, op.arrayBody() ? Corpus.fieldsOf(valid).isEmpty() ? "{}" : ApiOperations.object(fields) : "[]", BAD_REQUEST));
        return cases;
    }

    private static List<Case> missing(Operation op, Valid valid) {
        List<Case> cases = new ArrayList<>();
        Set<Integer> fieldFault = op.arrayBody() ? Set.of(200) : BAD_REQUEST;
        cases.add(Corpus.json(MISSING, "null body", op, valid, "null", BAD_REQUEST));
        cases.add(Corpus.json(MISSING, "no fields", op, valid, Corpus.body(op, Map.of()), fieldFault));
        Map<String, String> fields = Corpus.fieldsOf(valid);
        for (Field field : op.fields()) {
            if (field.required()) {
                Map<String, String> body = ApiOperations.copy(fields);
                body.remove(field.name());
                cases.add(Corpus.json(MISSING, "without " + field.name(), op, valid, Corpus.body(op, body), fieldFault));
                body.put(field.name(), "null");
                cases.add(Corpus.json(MISSING, field.name() + " = null", op, valid, Corpus.body(op, body), fieldFault));
            }
        }
        return cases;
    }

    /** Unknown fields are ignored: the answer is the valid request's (also for fields the server sets itself). */
    private static List<Case> unknown(Operation op, Corpus corpus) {
        List<Case> cases = new ArrayList<>();
        for (String extra : List.of("\"unknown_field\":\"x\"", "\"id\":1", "\"owner_id\":1,\"user_id\":1",
                "\"__proto__\":{\"admin\":true}", "\"status\":\"PAID\",\"created_at\":\"1970-01-01T00:00:00Z\"")) {
            Valid valid = corpus.valid(op);
            String json = valid.json().startsWith("[")
                    ? "[{" + extra + "," + valid.json().substring(2)
                    : "{" + extra + "," + valid.json().substring(1);
            cases.add(Corpus.json(UNKNOWN, extra, op, valid, json, valid.status() < 0 ? Set.of() : Set.of(valid.status())));
        }
        return cases;
    }

    private static List<Case> overlong(Operation op, Valid valid) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> fields = Corpus.fieldsOf(valid);
        for (Field field : op.fields()) {
            if (field.type().equals("string")) {
                for (int length : new int[] {10_001, 100_000}) {
                    Map<String, String> body = ApiOperations.copy(fields);
                    body.put(field.name(), Corpus.quote("x".repeat(length)));
                    cases.add(Corpus.json(OVERLONG, field.name() + " of " + length + " characters", op, valid,
                            Corpus.body(op, body), op.arrayBody() ? Set.of(200) : BAD_REQUEST));
                }
            }
        }
        return cases;
    }

    private static List<Case> outOfRange(Operation op, Valid valid) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> fields = Corpus.fieldsOf(valid);
        for (Field field : op.fields()) {
            if (field.type().equals("integer") || field.type().equals("number")) {
                List<String> values = new ArrayList<>(OUT_OF_RANGE);
                if (field.type().equals("integer")) {
                    values.add("1.5");
                }
                for (String value : values) {
                    Map<String, String> body = ApiOperations.copy(fields);
                    body.put(field.name(), value);
                    cases.add(Corpus.json(NUMBERS, field.name() + " = " + value, op, valid, Corpus.body(op, body), BAD_REQUEST));
                }
            }
        }
        return cases;
    }

    /** Path ids (404: no such resource) and numeric query parameters (400) that are not numbers of the right range. */
    private static List<Case> notNumbers(Operation op, Corpus corpus) {
        List<Case> cases = new ArrayList<>();
        if (op.path().contains("{id}")) {
            Valid valid = corpus.valid(op);
            for (String id : NOT_A_NUMBER) {
                String target = op.path().replace("{id}", id);
                byte[] body = valid.json() == null ? null : valid.json().getBytes(StandardCharsets.UTF_8);
                cases.add(new Case(NOT_NUMBERS, "id " + id, op.method(), target, body, false, valid.token(), NOT_FOUND,
                        "Content-Type", "application/json"));
            }
        }
        for (String parameter : op.queryParameters()) {
            if (parameter.equals("limit") || parameter.equals("skip")) {
                Valid valid = corpus.valid(op);
                for (String value : List.of("abc", "1.5", "1e309", "9223372036854775808", "-9223372036854775809", "-1", "%00", "0x10")) {
                    cases.add(new Case(value.matches("-1|1e309|9223372036854775808|-9223372036854775809") ? NUMBERS : NOT_NUMBERS,
                            parameter + "=" + value, op.method(), op.path() + "?" + parameter + "=" + value, null, false,
                            valid.token(), BAD_REQUEST));
                }
            }
        }
        return cases;
    }

    private static List<Case> invalidUtf8(Operation op, Valid valid) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> fields = Corpus.fieldsOf(valid);
        for (Field field : op.fields()) {
            if (field.type().equals("string")) {
                for (byte[] invalid : INVALID_UTF8) {
                    Map<String, String> body = ApiOperations.copy(fields);
                    body.put(field.name(), "\"a@@INVALID@@b\"");
                    cases.add(new Case(UTF8, field.name() + " with bytes " + hex(invalid), op.method(), valid.target(),
                            replace(Corpus.body(op, body), invalid), false, valid.token(), BAD_REQUEST,
                            "Content-Type", "application/json"));
                }
            }
        }
        return cases;
    }

    /**
     * PostgreSQL text cannot hold U+0000: refused as input (400), never a failed statement (500). The import reports
     * the chunk the database rejected (200); a log-in with it inside a value is a wrong e-mail or password (401); the
     * payment service stores nothing and takes any method name of up to 32 characters (201).
     */
    private static List<Case> nul(Operation op, Valid valid) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> fields = Corpus.fieldsOf(valid);
        for (Field field : op.fields()) {
            if (field.type().equals("string")) {
                for (String value : List.of("\"a\\u0000b\"", "\"\\u0000\"")) {
                    boolean inside = value.startsWith("\"a");
                    Set<Integer> expected = switch (op.key()) {
                        case "POST /api/posts/import" -> Set.of(200);
                        case "POST /api/login" -> inside ? Set.of(401) : BAD_REQUEST;
                        case "POST /api/payments" -> inside ? Set.of(201) : BAD_REQUEST;
                        default -> BAD_REQUEST;
                    };
                    Map<String, String> body = ApiOperations.copy(fields);
                    body.put(field.name(), value);
                    cases.add(Corpus.json(NUL, field.name() + " = " + value, op, valid, Corpus.body(op, body), expected));
                }
            }
        }
        return cases;
    }

    /** A title search with U+0000 (400) and a form log-in whose user name has it (no such user: 401). */
    private static List<Case> nulOutsideJson(Corpus corpus) {
        return List.of(
                new Case(NUL, "search=%00", "GET", "/api/posts?search=a%00b", null, false, corpus.owner.token(), BAD_REQUEST),
                new Case(NUL, "form user name with %00", "POST", "/api/login",
                        "username=a%00b%40example.com&password=x".getBytes(StandardCharsets.US_ASCII), false, null, Set.of(401),
                        "Content-Type", "application/x-www-form-urlencoded"));
    }

    /** The highest price a product may have (a 10-digit one is refused), ordered 1000 times: it fits the order's amount. */
    private static List<Case> largestOrder(Corpus corpus) {
        String token = corpus.owner.token();
        long productId = corpus.owner.request().body(Map.of("name", "most expensive", "price", "999999999.99", "stock", 1000))
                .post("/api/products").then().statusCode(201).extract().jsonPath().getLong("id");
        return List.of(
                new Case(NUMBERS, "price 9999999999.99", "POST", "/api/products",
                        "{\"name\":\"too expensive\",\"price\":9999999999.99,\"stock\":1}".getBytes(StandardCharsets.UTF_8),
                        false, token, BAD_REQUEST, "Content-Type", "application/json"),
                new Case(NUMBERS, "1000 at the highest price", "POST", "/api/orders", ("{\"product_id\":" + productId
                        + ",\"quantity\":1000,\"payment_method\":\"card\",\"order_type\":\"standard\"}").getBytes(StandardCharsets.UTF_8),
                        false, token, Set.of(201), "Content-Type", "application/json"));
    }

    private static List<Case> wrongContentType(Operation op, Valid valid) {
        List<Case> cases = new ArrayList<>();
        for (String type : WRONG_MEDIA_TYPES) {
            if (!op.consumes().contains(type.split(";")[0])) {
                cases.add(new Case(CONTENT_TYPE, type, op.method(), valid.target(), valid.json().getBytes(StandardCharsets.UTF_8),
                        false, valid.token(), Set.of(415), "Content-Type", type));
            }
        }
        return cases;
    }

    /** Every operation, with or without a body of its own: over the API-wide limit, declared and chunked. */
    private static List<Case> tooLarge(Operation op, Corpus corpus) {
        List<Case> cases = new ArrayList<>();
        Valid valid = corpus.valid(op);
        boolean ownLimit = op.key().equals("POST /api/posts/import");
        int limit = ownLimit ? Corpus.IMPORT_BODY_LIMIT : Corpus.BODY_LIMIT;
        cases.add(new Case(TOO_LARGE, "declared, limit + 1 bytes", op.method(), valid.target(), largeJson(limit + 1), false,
                valid.token(), Set.of(413), "Content-Type", "application/json"));
        if (!ownLimit) {
            cases.add(new Case(TOO_LARGE, "declared, 4 x limit", op.method(), valid.target(), largeJson(4 * limit), false,
                    valid.token(), Set.of(413), "Content-Type", "application/json"));
            cases.add(new Case(TOO_LARGE, "chunked, 2 x limit", op.method(), valid.target(), largeJson(2 * limit), true,
                    valid.token(), Set.of(413), "Content-Type", "application/json"));
        }
        return cases;
    }

    private static byte[] largeJson(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] start = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    private static byte[] replace(String json, byte[] invalid) {
        String[] parts = json.split("@@INVALID@@", 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        out.writeBytes(invalid);
        out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X ", b));
        }
        return hex.toString().strip();
    }
}
