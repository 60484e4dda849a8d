package org.example.observable.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.TestDatabase;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/**
 * SQL, script, template and header injection strings are stored and returned inert: a post and a product written
 * with them read back byte-for-byte the same (in the API and in the database), a title search for them finds the
 * post, answers stay JSON with {@code nosniff}, and every table is still there.
 */
class InjectionStringsIT {

    static final String CATEGORY = "SQL and script injection strings";

    static final List<String> INJECTIONS = List.of(
            "'; DROP TABLE posts; --",
            "Robert'); DROP TABLE users;--",
            "1' OR '1'='1",
            "\" OR 1=1 --",
            "' UNION SELECT password_hash, email FROM users --",
            "%' OR title LIKE '%",
            "_%\\",
            "$$; SELECT pg_sleep(5); $$",
            "'; SELECT pg_sleep(5); --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(document.cookie)>",
            "javascript:alert(1)",
            "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>",
            "%s%s%s%n",
            "../../../../etc/passwd",
            "line one\r\nX-Injected: 1",
            "\u202Egnp.exe",
            "emoji 😀, ümlaut, 中文, \uD83D\uDE00",
            "\\u0000 written as text",
            "null");

    private final DataSource database = TestDatabase.dataSource();

    @Test
    void injectionStringsAreStoredAndReturnedByteForByte() throws Exception {
        ApiUser user = ApiUser.register();
        long postsBefore = DatabaseRows.count(database, "SELECT count(*) FROM posts");
        List<String> failures = new ArrayList<>();
        for (String text : INJECTIONS) {
            Response created = timed(() -> user.request().body(Map.of("title", text, "content", text)).post("/api/posts"));
            if (created.statusCode() != 201) {
                failures.add(text + ": create answered " + created.statusCode());
                continue;
            }
            long id = created.jsonPath().getLong("id");
            Response read = timed(() -> user.request().get("/api/posts/" + id));
            Response found = timed(() -> user.request().queryParam("search", text).queryParam("limit", 100).get("/api/posts"));
            Response product = timed(() -> user.request().body(Map.of("name", text, "price", "1.00", "stock", 1)).post("/api/products"));
            String stored = DatabaseRows.strings(database, "SELECT title FROM posts WHERE id = ?", id).get(0);
            check(failures, text, "read back title", read.jsonPath().getString("title"));
            check(failures, text, "read back content", read.jsonPath().getString("content"));
            check(failures, text, "title in the database", stored);
            check(failures, text, "product name", product.jsonPath().getString("name"));
            if (!found.jsonPath().getList("id", Long.class).contains(id)) {
                failures.add(text + ": a title search for it did not find the post");
            }
            if (!"application/json".equals(read.contentType()) || !"nosniff".equals(read.header("X-Content-Type-Options"))) {
                failures.add(text + ": read back as " + read.contentType() + ", X-Content-Type-Options " + read.header("X-Content-Type-Options"));
            }
        }
        assertAll(
                () -> assertEquals(List.of(), failures, "strings not returned as written"),
                () -> assertEquals(postsBefore + INJECTIONS.size(), DatabaseRows.count(database, "SELECT count(*) FROM posts"),
                        "posts: exactly ours were added"),
                () -> assertEquals(List.of("notification_outbox", "orders", "posts", "products", "users", "votes"),
                        DatabaseRows.strings(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                                + " AND table_name IN ('users', 'posts', 'votes', 'products', 'orders', 'notification_outbox')"
                                + " ORDER BY table_name"), "the tables"));
    }

    @Test
    void anInjectionStringAsLogInEmailIsJustAWrongEmail() {
        for (String text : List.of("' OR '1'='1' --", "admin'--", "\" OR \"\"=\"")) {
            Response answer = timed(() -> ServiceUnderTest.request().config(RestAssured.config().httpClient(
                            HttpClientConfig.httpClientConfig().setParam("http.route.local-address", Corpus.FROM)))
                    .body(Map.of("email", text + UUID.randomUUID(), "password", "x")).post("/api/login"));
            assertEquals(401, answer.statusCode(), text);
        }
    }

    private static void check(List<String> failures, String expected, String what, String actual) {
        if (!expected.equals(actual)) {
            failures.add(expected + ": " + what + " was " + actual);
        }
    }

    private static Response timed(Supplier<Response> call) {
        long start = System.nanoTime();
        Response response = call.get();
        Figures.record(CATEGORY, response.statusCode(), System.nanoTime() - start);
        assertTrue(response.statusCode() < 500, "answered " + response.statusCode() + ": " + response.asString());
        return response;
    }
}
