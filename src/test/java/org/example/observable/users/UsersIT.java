package org.example.observable.users;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.UUID;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

class UsersIT {

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void registrationAnswers201WithIdEmailAndCreationTimeButNoPassword() {
        String email = uniqueEmail();
        ServiceUnderTest.request().body(Map.of("email", email, "password", "abcdefg1"))
                .post("/api/users")
                .then().statusCode(201)
                .header("Location", containsString("/api/users/"))
                .body("id", notNullValue())
                .body("email", equalTo(email))
                .body("created_at", notNullValue())
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("password_hash")));
    }

    @Test
    void duplicateEmailIsA409ProblemWhateverTheCase() {
        String email = uniqueEmail();
        ApiUser.register(email, ApiUser.PASSWORD);
        ServiceUnderTest.request().body(Map.of("email", email.toUpperCase(), "password", ApiUser.PASSWORD))
                .post("/api/users")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void passwordWithoutDigitIsA400Problem() {
        ServiceUnderTest.request().body(Map.of("email", uniqueEmail(), "password", "onlyletters"))
                .post("/api/users")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void passwordShorterThanEightIsA400Problem() {
        ServiceUnderTest.request().body(Map.of("email", uniqueEmail(), "password", "abc1"))
                .post("/api/users")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void passwordLongerThan128IsA400Problem() {
        ServiceUnderTest.request().body(Map.of("email", uniqueEmail(), "password", "a1".repeat(65)))
                .post("/api/users")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void invalidEmailIsA400Problem() {
        ServiceUnderTest.request().body(Map.of("email", "not-an-email", "password", ApiUser.PASSWORD))
                .post("/api/users")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsA400Problem() {
        ServiceUnderTest.request().body("{\"email\": \"a@b.c\", ")
                .post("/api/users")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void userByIdAnswersWithoutPassword() {
        ApiUser user = ApiUser.register();
        user.request().get("/api/users/" + user.id())
                .then().statusCode(200)
                .body("id", equalTo((int) user.id()))
                .body("email", equalTo(user.email()))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("password_hash")));
    }

    @Test
    void anotherUsersAccountIsNotFoundLikeAMissingOne() {
        ApiUser owner = ApiUser.register();
        ApiUser other = ApiUser.register();
        String missing = other.request().get("/api/users/999999999").then().statusCode(404).extract().path("title");
        other.request().get("/api/users/" + owner.id())
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo(missing))
                .body("detail", equalTo("No user with id " + owner.id()))
                .body("$", not(hasKey("email")));
    }

    @Test
    void meAnswersTheCaller() {
        ApiUser user = ApiUser.register();
        user.request().get("/api/users/me").then().statusCode(200).body("email", equalTo(user.email()));
    }

    @Test
    void unknownUserIsA404Problem() {
        ApiUser.register().request().get("/api/users/999999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void userByIdNeedsAuthentication() {
        ServiceUnderTest.request().get("/api/users/1")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }
}
