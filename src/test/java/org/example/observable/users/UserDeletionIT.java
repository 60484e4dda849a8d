package org.example.observable.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.example.observable.posts.PostRequest;
import org.example.observable.posts.PostService;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.InContainerDeployment;
import org.example.observable.votes.VoteService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: {@link UserService#delete} takes the user's posts and votes with it (database cascades). */
@ExtendWith(ArquillianExtension.class)
class UserDeletionIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.of(UserDeletionIT.class);
    }

    @Inject
    UserService users;

    @Inject
    PostService posts;

    @Inject
    VoteService votes;

    @Resource(lookup = "jdbc/appDb")
    DataSource dataSource;

    @Test
    void deletingAnAuthorDeletesTheirPostsAndEveryVoteOnThem() throws SQLException {
        long author = register();
        long voter = register();
        long post = posts.create(author, new PostRequest("Soon gone", "Deleted with its author.", true)).id();
        votes.cast(author, post);
        votes.cast(voter, post);

        users.delete(author);

        assertEquals(0, DatabaseRows.count(dataSource, "SELECT count(*) FROM posts WHERE user_id = ?", author),
                "posts of the deleted author");
        assertEquals(0, DatabaseRows.count(dataSource, "SELECT count(*) FROM votes WHERE post_id = ?", post),
                "votes on the deleted author's post");
    }

    @Test
    void deletingAVoterDeletesTheirVotesButNotThePostsVotedFor() throws SQLException {
        long author = register();
        long voter = register();
        long post = posts.create(author, new PostRequest("Stays", "Outlives its voter.", true)).id();
        votes.cast(voter, post);

        users.delete(voter);

        assertEquals(0, DatabaseRows.count(dataSource, "SELECT count(*) FROM votes WHERE user_id = ?", voter),
                "votes of the deleted voter");
        assertEquals(1, DatabaseRows.count(dataSource, "SELECT count(*) FROM posts WHERE id = ?", post),
                "the post voted for");
        assertEquals(0, posts.get(post).votes(), "vote count of the post");
    }

    private long register() {
        return users.register(new RegisterUserRequest("deletion-" + UUID.randomUUID() + "@example.com", "correct-horse-7"))
                .getId();
    }
}
