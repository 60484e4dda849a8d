package org.example.observable.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.example.observable.posts.PostRequest;
import org.example.observable.posts.PostService;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.InContainerDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the services join the caller's transaction, so a failure after their inserts (already flushed
 * to the database) rolls all of them back.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionRollbackIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.of(TransactionRollbackIT.class);
    }

    @Inject
    SignUpWithFirstPostThenFailure signUp;

    @Resource(lookup = "jdbc/appDb")
    DataSource dataSource;

    @Test
    void failureAfterRegistrationAndFirstPostLeavesNeitherRow() throws SQLException {
        String email = "rollback-" + UUID.randomUUID() + "@example.com";
        String title = "Never committed " + UUID.randomUUID();

        assertThrows(IllegalStateException.class, () -> signUp.run(email, title));

        assertEquals(0, DatabaseRows.count(dataSource, "SELECT count(*) FROM users WHERE email = ?", email),
                "users rows for " + email);
        assertEquals(0, DatabaseRows.count(dataSource, "SELECT count(*) FROM posts WHERE title = ?", title),
                "posts rows titled " + title);
    }

    /** One transaction over two services' inserts, failing after both. */
    @ApplicationScoped
    @Transactional
    public static class SignUpWithFirstPostThenFailure {

        @Inject
        UserService users;

        @Inject
        PostService posts;

        public void run(String email, String title) {
            User user = users.register(new RegisterUserRequest(email, "correct-horse-7"));
            posts.create(user.getId(), new PostRequest(title, "Rolled back with the user.", true));
            throw new IllegalStateException("failure after both inserts were flushed");
        }
    }
}
