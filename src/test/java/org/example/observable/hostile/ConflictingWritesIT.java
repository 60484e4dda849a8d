package org.example.observable.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.TestDatabase;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent writes that conflict: a vote racing the deletion of its post, one e-mail registered several times at
 * once. Each answer is a success or the 4xx of the rule that lost, never 500, and the database holds nothing
 * half-written afterwards.
 */
class ConflictingWritesIT {

    static final String CATEGORY = "concurrent conflicting writes";
    private static final int MIN_ROUNDS = 20;
    private static final int MAX_ROUNDS = 80;
    /** What the server logs when a vote's insert lost the race: the path that answered 500 before. */
    private static final String LOST_RACE = "violates foreign key constraint \"votes_post_id_fkey\"";

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final DataSource database = TestDatabase.dataSource();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aVoteRacingTheDeletionOfItsPostIsCastOrNotFoundAndLeavesNoVoteBehind() throws Exception {
        ApiUser author = ApiUser.register();
        // Several voters per post: each vote is a chance for the deletion to land between the vote's check and its
        // insert, a window that shrinks as the JIT warms up (one voter lost no race in 80 rounds late in a full run).
        List<ApiUser> voters = List.of(ApiUser.register(), ApiUser.register(), ApiUser.register(), ApiUser.register());
        Map<String, Integer> statuses = new TreeMap<>();
        List<Long> postIds = new ArrayList<>();
        long lostRacesBefore = serverLogLines(LOST_RACE);
        for (int round = 0; round < MAX_ROUNDS && (round < MIN_ROUNDS || serverLogLines(LOST_RACE) == lostRacesBefore); round++) {
            long postId = author.createPost("Raced " + round, "content");
            postIds.add(postId);
            List<Callable<Response>> calls = new ArrayList<>();
            voters.forEach(voter -> calls.add(() -> voter.request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes")));
            calls.add(() -> author.request().delete("/api/posts/" + postId));
            List<Integer> answers = race(calls.toArray(Callable[]::new));
            List<Integer> votes = answers.subList(0, voters.size());
            int delete = answers.get(voters.size());
            votes.forEach(vote -> statuses.merge("vote " + vote, 1, Integer::sum));
            statuses.merge("delete " + delete, 1, Integer::sum);
            assertTrue(votes.stream().allMatch(vote -> vote == 201 || vote == 404) && delete == 204,
                    "round " + round + ": votes " + votes + ", delete " + delete + " (statuses so far " + statuses + ")");
        }
        long lostRaces = serverLogLines(LOST_RACE) - lostRacesBefore;
        statuses.put("votes inserted after their post was deleted (server log)", (int) lostRaces);
        assertTrue(lostRaces > 0, "the race was never lost in " + postIds.size() + " rounds: the test proved nothing " + statuses);
        String ids = postIds.toString().replace('[', '{').replace(']', '}');
        assertAll(
                () -> assertEquals(0, DatabaseRows.count(database, "SELECT count(*) FROM posts WHERE id = ANY(?::bigint[])", ids),
                        "raced posts left"),
                () -> assertEquals(0, DatabaseRows.count(database, "SELECT count(*) FROM votes WHERE post_id = ANY(?::bigint[])", ids),
                        "votes left on raced posts"),
                () -> assertEquals(0, orphanVotes(), "votes without their post or user"));
    }

    @Test
    void oneEmailRegisteredEightTimesAtOnceIsOneUserAndSevenConflicts() throws Exception {
        Map<String, Integer> statuses = new TreeMap<>();
        for (int round = 0; round < 3; round++) {
            String email = "twice-" + UUID.randomUUID() + "@example.com";
            List<Callable<Response>> registrations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // Upper and lower case: the unique index is on lower(email).
                String spelling = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
                registrations.add(() -> ServiceUnderTest.request()
                        .body(Map.of("email", spelling, "password", ApiUser.PASSWORD)).post("/api/users"));
            }
            List<Integer> answers = race(registrations.toArray(Callable[]::new));
            answers.forEach(status -> statuses.merge("register " + status, 1, Integer::sum));
            assertAll(
                    () -> assertEquals(1, answers.stream().filter(s -> s == 201).count(), "one 201 among " + answers),
                    () -> assertEquals(7, answers.stream().filter(s -> s == 409).count(), "seven 409 among " + answers),
                    () -> assertEquals(1, DatabaseRows.count(database, "SELECT count(*) FROM users WHERE lower(email) = ?", email),
                            "users with the address"));
        }
    }

    private static long serverLogLines(String text) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of(System.getProperty("it.server.log")), StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    private long orphanVotes() throws SQLException {
        return DatabaseRows.count(database, "SELECT count(*) FROM votes v LEFT JOIN posts p ON p.id = v.post_id"
                + " LEFT JOIN users u ON u.id = v.user_id WHERE p.id IS NULL OR u.id IS NULL");
    }

    /** Starts the calls together and returns their statuses in order, each recorded in {@link Figures}. */
    @SafeVarargs
    private List<Integer> race(Callable<Response>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> future : futures) {
            Response response = future.get(60, TimeUnit.SECONDS);
            Figures.record(CATEGORY, response.statusCode(), (System.nanoTime() - began) / calls.length);
            if (response.statusCode() >= 400) {
                assertEquals("application/problem+json", response.contentType(), "content type of " + response.statusCode());
            }
            statuses.add(response.statusCode());
        }
        return statuses;
    }
}
