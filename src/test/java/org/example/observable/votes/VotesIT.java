package org.example.observable.votes;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
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
