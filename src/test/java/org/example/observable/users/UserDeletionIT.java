package org.example.observable.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** DELETE /api/users/me takes the user's posts and votes with it (database cascades), checked in the database. */
class UserDeletionIT {

    private final DataSource dataSource = TestDatabase.dataSource();

    @Test
    void deletingAnAuthorDeletesTheirPostsAndEveryVoteOnThem() throws SQLException {
        ApiUser author = register();
        ApiUser voter = register();
        long post = author.createPost("Soon gone", "Deleted with its author.");
        vote(author, post);
        vote(voter, post);

        author.request().delete("/api/users/me").then().statusCode(204);

        assertEquals(0, DatabaseRows.count(dataSource, "SELECT count(*) FROM posts WHERE user_id = ?", author.id()),
                "posts of the deleted author");
        assertEquals(0, DatabaseRows.count(dataSource, "SELECT count(*) FROM votes WHERE post_id = ?", post),
                "votes on the deleted author's post");
    }

    @Test
    void deletingAVoterDeletesTheirVotesButNotThePostsVotedFor() throws SQLException {
        ApiUser author = register();
        ApiUser voter = register();
        long post = author.createPost("Stays", "Outlives its voter.");
        vote(voter, post);

        voter.request().delete("/api/users/me").then().statusCode(204);

        assertEquals(0, DatabaseRows.count(dataSource, "SELECT count(*) FROM votes WHERE user_id = ?", voter.id()),
                "votes of the deleted voter");
        assertEquals(1, DatabaseRows.count(dataSource, "SELECT count(*) FROM posts WHERE id = ?", post),
                "the post voted for");
        assertEquals(0, author.request().get("/api/posts/" + post).then().statusCode(200).extract().jsonPath().getInt("votes"),
                "vote count of the post");
    }

    private static ApiUser register() {
        return ApiUser.register("deletion-" + UUID.randomUUID() + "@example.com", "correct-horse-7");
    }

    private static void vote(ApiUser user, long post) {
        user.request().body(Map.of("post_id", post, "voted", true)).post("/api/votes").then().statusCode(201);
    }
}
