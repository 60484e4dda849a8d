package org.example.observable.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.InContainerDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: {@link UserService#register} against the real database; each test uses its own e-mail. */
@ExtendWith(ArquillianExtension.class)
class UserRegistrationIT {

    private static final String PASSWORD = "correct-horse-7";

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.of(UserRegistrationIT.class);
    }

    @Inject
    UserService users;

    @Resource(lookup = "jdbc/appDb")
    DataSource dataSource;

    @Test
    void passwordIsStoredAsPbkdf2HashNeverAsPlainText() throws SQLException {
        User user = users.register(new RegisterUserRequest(uniqueEmail(), PASSWORD));

        String stored = DatabaseRows.strings(dataSource, "SELECT password_hash FROM users WHERE id = ?", user.getId()).get(0);
        assertNotEquals(PASSWORD, stored, "stored password");
        assertTrue(stored.matches("PBKDF2WithHmacSHA256:\\d+:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*"),
                "stored hash in algorithm:iterations:salt:hash form, was " + stored);
    }

    @Test
    void registeredPasswordAuthenticates() {
        String email = uniqueEmail();
        User user = users.register(new RegisterUserRequest(email, PASSWORD));

        assertEquals(user.getId(), users.authenticate(email, PASSWORD).orElseThrow(), "authenticated user id");
    }

    @Test
    void duplicateRegistrationFailsAndLeavesExactlyOneRow() throws SQLException {
        String email = uniqueEmail();
        users.register(new RegisterUserRequest(email, PASSWORD));

        assertThrows(EmailAlreadyRegisteredException.class,
                () -> users.register(new RegisterUserRequest(email.toUpperCase(Locale.ROOT), "other-password-8")),
                "second registration of the same address, in other case");
        assertEquals(1, DatabaseRows.count(dataSource, "SELECT count(*) FROM users WHERE lower(email) = ?", email),
                "rows for " + email);
    }

    private static String uniqueEmail() {
        return "registration-" + UUID.randomUUID() + "@example.com";
    }
}
