package org.example.observable.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.DocumentedAnswers;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.ShippedConfiguration;
import org.example.observable.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code DB_QUERY_TIMEOUT_SECONDS} bounds every statement the service sends: one that waits longer (here an UPDATE
 * waiting for a row another session holds locked) is cancelled, the request answers 503 as for an unavailable database,
 * and its transaction leaves nothing behind. Seen from outside: the API, and the database through a second session.
 */
class StatementTimeoutIT {

    private static final DataSource DATABASE = TestDatabase.dataSource();
    private static final Duration QUERY_TIMEOUT =
            Duration.ofSeconds(ShippedConfiguration.ofThisBuild().serverXmlInt("db.query.timeout.seconds"));

    @BeforeAll
    static void serverIsReady() {
        ServiceUnderTest.ready();
    }

    @Test
    void aStatementWaitingLongerThanTheQueryTimeoutIsCancelledAnd503LeavesTheRowAsItWas() throws SQLException {
        ApiUser author = ApiUser.register();
        long postId = author.createPost("Locked", "Row");

        Response blocked;
        long elapsedNanos;
        try (Connection otherSession = DATABASE.getConnection()) {
            otherSession.setAutoCommit(false);
            try (PreparedStatement lock = otherSession.prepareStatement("SELECT id FROM posts WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, postId);
                lock.executeQuery().close();
            }
            long start = System.nanoTime();
            blocked = author.request().body(Map.of("title", "Changed", "content", "Never stored"))
                    .put("/api/posts/" + postId);
            elapsedNanos = System.nanoTime() - start;
            otherSession.rollback();
        }

        blocked.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("status", equalTo(503));
        assertTrue(DocumentedAnswers.statuses("PUT", "/api/posts/{id}").contains(503), "/openapi lists the 503 of PUT /api/posts/{id}");
        assertEquals(Set.of("Retry-After"), DocumentedAnswers.headers("PUT", "/api/posts/{id}", 503), "the headers /openapi lists for it");
        Duration elapsed = Duration.ofNanos(elapsedNanos);
        assertTrue(elapsed.compareTo(QUERY_TIMEOUT.minusMillis(500)) >= 0,
                "answered after " + elapsed + ": the statement waited for the lock until the timeout of " + QUERY_TIMEOUT);
        assertTrue(elapsed.compareTo(QUERY_TIMEOUT.plusSeconds(5)) < 0,
                "answered after " + elapsed + ": the timeout of " + QUERY_TIMEOUT + " cancelled the statement");
        assertEquals(List.of("Locked"), DatabaseRows.strings(DATABASE, "SELECT title FROM posts WHERE id = ?", postId),
                "the post's title in the database after the cancelled replacement");

        author.request().body(Map.of("title", "Changed", "content", "Stored")).put("/api/posts/" + postId)
                .then().statusCode(200).body("title", equalTo("Changed"));
    }
}
