package org.example.observable.testsupport;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** A user registered for one test, with its own unique e-mail, logged in. */
public record ApiUser(long id, String email, String password, String token) {

    public static final String PASSWORD = "s3cret-Passw0rd";

    public static ApiUser register() {
        return register("user-" + UUID.randomUUID() + "@example.com", PASSWORD);
    }

    public static ApiUser register(String email, String password) {
        long id = ServiceUnderTest.request()
                .body(Map.of("email", email, "password", password))
                .post("/api/users")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String token = ServiceUnderTest.request()
                .body(Map.of("email", email, "password", password))
                .post("/api/login")
                .then().statusCode(200).body("token_type", equalTo("Bearer"))
                .extract().path("access_token");
        IssuedSecrets.add(email, password, token, token.substring(token.lastIndexOf('.') + 1));
        return new ApiUser(id, email, password, token);
    }

    /** A request authenticated as this user. */
    public RequestSpecification request() {
        return ServiceUnderTest.request().header("Authorization", "Bearer " + token);
    }

    /** Creates a post owned by this user and returns its id. */
    public long createPost(String title, String content) {
        return request().body(Map.of("title", title, "content", content))
                .post("/api/posts")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
