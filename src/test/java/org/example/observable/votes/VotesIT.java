package org.example.observable.votes;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.observable.testsupport.ApiUser;
import org.junit.jupiter.api.Test;

class VotesIT {

    @Test
    void votingIsA201AndCountsOnThePost() {
        long postId = ApiUser.register().createPost("Vote on me", "content");
        ApiUser voter = ApiUser.register();
        voter.request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(201);
        voter.request().get("/api/posts/" + postId).then().body("votes", equalTo(1));
    }

    @Test
    void votingTwiceIsA409Problem() {
        long postId = ApiUser.register().createPost("Vote on me", "content");
        ApiUser voter = ApiUser.register();
        voter.request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(201);
        voter.request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void eightIdenticalVotesAtOnceCountOnce() throws Exception {
        long postId = ApiUser.register().createPost("Vote on me at once", "content");
        ApiUser voter = ApiUser.register();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return voter.request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes")
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(Map.of(201, 1L, 409, 7L),
                    statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())),
                    "answers to eight identical votes");
            voter.request().get("/api/posts/" + postId).then().body("votes", equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void votingOnAnUnknownPostIsA404Problem() {
        ApiUser.register().request().body(Map.of("post_id", 999999999, "voted", true)).post("/api/votes")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unvotingRemovesTheVote() {
        long postId = ApiUser.register().createPost("Vote on me", "content");
        ApiUser voter = ApiUser.register();
        voter.request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(201);
        int status = voter.request().body(Map.of("post_id", postId, "voted", false)).post("/api/votes")
                .then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(status >= 200 && status < 300, "unvote answered " + status);
        voter.request().get("/api/posts/" + postId).then().body("votes", equalTo(0));
    }

    @Test
    void unvotingWithoutAVoteIsA404Problem() {
        long postId = ApiUser.register().createPost("Vote on me", "content");
        ApiUser.register().request().body(Map.of("post_id", postId, "voted", false)).post("/api/votes")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void voteWithoutPostIdIsA400Problem() {
        ApiUser.register().request().body(Map.of("voted", true)).post("/api/votes")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void votingNeedsAuthentication() {
        org.example.observable.testsupport.ServiceUnderTest.request()
                .body(Map.of("post_id", 1, "voted", true)).post("/api/votes")
                .then().statusCode(401);
    }
}
