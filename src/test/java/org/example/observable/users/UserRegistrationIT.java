package org.example.observable.users;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Registration through the API, checked in the real database; each test uses its own e-mail. */
class UserRegistrationIT {

    private static final String PASSWORD = "correct-horse-7";

    private final DataSource dataSource = TestDatabase.dataSource();

    @Test
    void passwordIsStoredAsPbkdf2HashNeverAsPlainText() throws SQLException {
        long id = register(uniqueEmail(), PASSWORD);

        String stored = DatabaseRows.strings(dataSource, "SELECT password_hash FROM users WHERE id = ?", id).get(0);
        assertNotEquals(PASSWORD, stored, "stored password");
        assertTrue(stored.matches("PBKDF2WithHmacSHA256:\\d+:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*"),
                "stored hash in algorithm:iterations:salt:hash form, was " + stored);
    }

    @Test
    void registeredPasswordAuthenticates() {
        String email = uniqueEmail();
        long id = register(email, PASSWORD);

        ApiUser user = new ApiUser(id, email, PASSWORD, ServiceUnderTest.request()
                .body(Map.of("email", email, "password", PASSWORD)).post("/api/login")
                .then().statusCode(200).extract().path("access_token"));
        assertEquals(id, user.request().get("/api/users/me").then().statusCode(200).extract().jsonPath().getLong("id"),
                "authenticated user id");
    }

    @Test
    void duplicateRegistrationFailsAndLeavesExactlyOneRow() throws SQLException {
        String email = uniqueEmail();
        register(email, PASSWORD);

        ServiceUnderTest.request().body(Map.of("email", email.toUpperCase(Locale.ROOT), "password", "other-password-8"))
                .post("/api/users")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        assertEquals(1, DatabaseRows.count(dataSource, "SELECT count(*) FROM users WHERE lower(email) = ?", email),
                "rows for " + email);
    }

    private static long register(String email, String password) {
        return ServiceUnderTest.request().body(Map.of("email", email, "password", password))
                .post("/api/users")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String uniqueEmail() {
        return "registration-" + UUID.randomUUID() + "@example.com";
    }
}
