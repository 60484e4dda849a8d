package org.example.observable.scenario;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/**
 * The seed example's 25-step end-to-end check (two users, ownership, votes), each step with the status the
 * fixed API answers: 409 for a duplicate e-mail (the example gave 500) and 401 for bad credentials (it gave 403).
 */
class EndToEndScenarioIT {

    private static final String PASSWORD_A = "alice-Passw0rd";
    private static final String PASSWORD_B = "bob-Passw0rd";

    @Test
    void twoUsersPostVoteAndRespectOwnership() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String alice = "alice-" + run + "@example.com";
        String bob = "bob-" + run + "@example.com";

        // 1-4: registration
        int aliceId = anonymous().body(Map.of("email", alice, "password", PASSWORD_A)).post("/api/users")
                .then().statusCode(201).extract().path("id");
        anonymous().body(Map.of("email", alice, "password", PASSWORD_A)).post("/api/users").then().statusCode(409);
        anonymous().body(Map.of("email", bob, "password", PASSWORD_B)).post("/api/users").then().statusCode(201);
        anonymous().body(Map.of("email", "carol-" + run + "@example.com", "password", "short")).post("/api/users")
                .then().statusCode(400);

        // 5-7: login
        anonymous().contentType(ContentType.URLENC).formParam("username", alice).formParam("password", "wrong-0ne")
                .post("/api/login").then().statusCode(401);
        String aliceToken = anonymous().contentType(ContentType.URLENC)
                .formParam("username", alice).formParam("password", PASSWORD_A)
                .post("/api/login").then().statusCode(200).extract().path("access_token");
        String bobToken = anonymous().body(Map.of("email", bob, "password", PASSWORD_B))
                .post("/api/login").then().statusCode(200).extract().path("access_token");

        // 8-10: users and authentication
        // The seed lets Bob read Alice's account (her e-mail); here another user's account is not found.
        as(bobToken).get("/api/users/" + aliceId).then().statusCode(404).body("detail", equalTo("No user with id " + aliceId));
        as(aliceToken).get("/api/users/" + aliceId).then().statusCode(200).body("email", equalTo(alice));
        as(bobToken).get("/api/users/999999999").then().statusCode(404);
        anonymous().get("/api/posts").then().statusCode(401);

        // 11-15: posts
        int postId = as(aliceToken).body(Map.of("title", "Alice's post " + run, "content", "Hello")).post("/api/posts")
                .then().statusCode(201).extract().path("id");
        as(aliceToken).body(Map.of("title", "", "content", "Hello")).post("/api/posts").then().statusCode(400);
        as(aliceToken).queryParam("search", run).get("/api/posts").then().statusCode(200).body("id", hasItem(postId));
        as(bobToken).get("/api/posts/" + postId).then().statusCode(200).body("votes", equalTo(0));
        as(bobToken).get("/api/posts/999999999").then().statusCode(404);

        // 16-17: ownership on update
        as(bobToken).body(Map.of("title", "Hijacked", "content", "x")).put("/api/posts/" + postId).then().statusCode(403);
        as(aliceToken).body(Map.of("title", "Alice's edited post " + run, "content", "Hello again"))
                .put("/api/posts/" + postId).then().statusCode(200);

        // 18-23: votes
        as(bobToken).body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(201);
        as(bobToken).body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(409);
        as(bobToken).body(Map.of("post_id", 999999999, "voted", true)).post("/api/votes").then().statusCode(404);
        as(aliceToken).get("/api/posts/" + postId).then().statusCode(200).body("votes", equalTo(1));
        int unvote = as(bobToken).body(Map.of("post_id", postId, "voted", false)).post("/api/votes")
                .then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(unvote >= 200 && unvote < 300, "step 22 answered " + unvote);
        as(bobToken).body(Map.of("post_id", postId, "voted", false)).post("/api/votes").then().statusCode(404);

        // 24-25: ownership on delete
        as(bobToken).delete("/api/posts/" + postId).then().statusCode(403);
        as(aliceToken).delete("/api/posts/" + postId).then().statusCode(204);
    }

    private static RequestSpecification anonymous() {
        return ServiceUnderTest.request();
    }

    private static RequestSpecification as(String token) {
        return ServiceUnderTest.request().header("Authorization", "Bearer " + token);
    }
}
