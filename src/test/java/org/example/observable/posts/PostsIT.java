package org.example.observable.posts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.example.observable.testsupport.ApiUser;
import org.junit.jupiter.api.Test;

class PostsIT {

    @Test
    void createdPostIsReturnedWithItsOwnerAndNoVotes() {
        ApiUser author = ApiUser.register();
        author.request().body(Map.of("title", "Hello", "content", "World"))
                .post("/api/posts")
                .then().statusCode(201)
                .header("Location", containsString("/api/posts/"))
                .body("id", notNullValue())
                .body("title", equalTo("Hello"))
                .body("published", equalTo(true))
                .body("owner_id", equalTo((int) author.id()));
    }

    @Test
    void postByIdCarriesItsVoteCount() {
        ApiUser author = ApiUser.register();
        long postId = author.createPost("Counted", "Votes");
        ApiUser.register().request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(201);
        author.request().get("/api/posts/" + postId)
                .then().statusCode(200).body("title", equalTo("Counted")).body("votes", equalTo(1));
    }

    @Test
    void unknownPostIsA404Problem() {
        ApiUser.register().request().get("/api/posts/999999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anIdThatIsNoNumberOrTooLargeIsA404ProblemNotAServerError() {
        ApiUser user = ApiUser.register();
        for (String id : List.of("abc", "1e3", "12345678901234567890", "9".repeat(40))) {
            user.request().get("/api/posts/" + id)
                    .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void emptyTitleIsA400Problem() {
        ApiUser.register().request().body(Map.of("title", "", "content", "x"))
                .post("/api/posts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void titleLongerThan255IsA400Problem() {
        ApiUser.register().request().body(Map.of("title", "t".repeat(256), "content", "x"))
                .post("/api/posts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void contentLongerThan10000IsA400Problem() {
        ApiUser.register().request().body(Map.of("title", "t", "content", "c".repeat(10_001)))
                .post("/api/posts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void listingCapsLimitAt100() {
        ApiUser.register().request().queryParam("limit", 1000).get("/api/posts")
                .then().statusCode(200).body("size()", lessThanOrEqualTo(100));
    }

    @Test
    void negativeSkipIsA400Problem() {
        ApiUser.register().request().queryParam("skip", -1).get("/api/posts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void searchFindsPostsByTitleCaseInsensitivelyWithVotes() {
        ApiUser author = ApiUser.register();
        String marker = "Needle" + UUID.randomUUID().toString().substring(0, 8);
        author.createPost("A " + marker + " title", "content");
        author.request().queryParam("search", marker.toLowerCase()).get("/api/posts")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].title", containsString(marker))
                .body("[0].votes", equalTo(0));
    }

    /**
     * One listing query serves every page: asked in turn for other limits and offsets, it answers exactly those rows
     * (the row limit and offset are bound values of a statement prepared once, {@link Post}).
     */
    @Test
    void eachPageOfTheListingIsExactlyItsLimitAfterItsSkip() {
        ApiUser author = ApiUser.register();
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            newestFirst.add(author.createPost("Listed " + i, "content"));
        }
        Collections.reverse(newestFirst);
        List<Long> firstTen = page(author, 10, 0);
        org.junit.jupiter.api.Assertions.assertEquals(newestFirst, firstTen.subList(0, 6), "limit 10: the newest six first");
        author.request().queryParam("limit", 1).get("/api/posts").then().statusCode(200)
                .body("[0].title", equalTo("Listed 5")).body("[0].content", equalTo("content"))
                .body("[0].published", equalTo(true)).body("[0].votes", equalTo(0))
                .body("[0].owner_id", equalTo((int) author.id())).body("[0].owner.id", equalTo((int) author.id()))
                .body("[0].owner.email", equalTo(author.email())).body("[0].created_at", notNullValue());
        for (int[] limitAndSkip : new int[][] {{2, 0}, {5, 0}, {2, 1}, {3, 3}, {1, 5}}) {
            int limit = limitAndSkip[0];
            int skip = limitAndSkip[1];
            org.junit.jupiter.api.Assertions.assertEquals(newestFirst.subList(skip, skip + limit), page(author, limit, skip),
                    "limit " + limit + ", skip " + skip);
        }
    }

    private static List<Long> page(ApiUser user, int limit, int skip) {
        return user.request().queryParam("limit", limit).queryParam("skip", skip).get("/api/posts")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
    }

    @Test
    void pagesAreStableAndDoNotOverlap() {
        ApiUser author = ApiUser.register();
        String marker = "Paged" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            author.createPost(marker + " " + i, "content");
        }
        List<Integer> first = author.request().queryParam("search", marker).queryParam("limit", 3).get("/api/posts")
                .then().statusCode(200).extract().jsonPath().getList("id");
        List<Integer> second = author.request().queryParam("search", marker).queryParam("limit", 3).queryParam("skip", 3)
                .get("/api/posts").then().statusCode(200).extract().jsonPath().getList("id");
        org.junit.jupiter.api.Assertions.assertEquals(3, first.size(), "first page");
        org.junit.jupiter.api.Assertions.assertEquals(2, second.size(), "second page");
        org.junit.jupiter.api.Assertions.assertTrue(first.stream().noneMatch(second::contains), "pages overlap");
    }

    @Test
    void ownerReplacesAPost() {
        ApiUser author = ApiUser.register();
        long postId = author.createPost("Before", "content");
        author.request().body(Map.of("title", "After", "content", "new content", "published", false))
                .put("/api/posts/" + postId)
                .then().statusCode(200).body("title", equalTo("After")).body("published", equalTo(false));
    }

    @Test
    void someoneElseCannotReplaceAPost() {
        long postId = ApiUser.register().createPost("Mine", "content");
        ApiUser.register().request().body(Map.of("title", "Theirs", "content", "x"))
                .put("/api/posts/" + postId)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void replacingAnUnknownPostIsA404() {
        ApiUser.register().request().body(Map.of("title", "x", "content", "x"))
                .put("/api/posts/999999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void ownerDeletesAPostAndItIsGone() {
        ApiUser author = ApiUser.register();
        long postId = author.createPost("Doomed", "content");
        author.request().delete("/api/posts/" + postId).then().statusCode(204);
        author.request().get("/api/posts/" + postId).then().statusCode(404);
    }

    @Test
    void someoneElseCannotDeleteAPost() {
        long postId = ApiUser.register().createPost("Mine", "content");
        ApiUser.register().request().delete("/api/posts/" + postId)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void deletingAnUnknownPostIsA404() {
        ApiUser.register().request().delete("/api/posts/999999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listedPostsAllCarryAVoteCount() {
        ApiUser author = ApiUser.register();
        author.createPost("Listed", "content");
        author.request().get("/api/posts").then().statusCode(200).body("votes", everyItem(notNullValue()));
    }
}
