package org.example.observable.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

class LoginIT {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @Test
    void jsonLoginAnswersABearerToken() {
        ApiUser user = ApiUser.register();
        ServiceUnderTest.request().body(Map.of("email", user.email(), "password", user.password()))
                .post("/api/login")
                .then().statusCode(200)
                .body("access_token", notNullValue())
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", greaterThan(0));
    }

    @Test
    void oauth2PasswordFormLoginAnswersABearerToken() {
        ApiUser user = ApiUser.register();
        ServiceUnderTest.request().contentType(ContentType.URLENC)
                .formParam("username", user.email())
                .formParam("password", user.password())
                .post("/api/login")
                .then().statusCode(200).body("token_type", equalTo("Bearer"));
    }

    @Test
    void wrongPasswordIsA401ProblemWithBearerChallenge() {
        ApiUser user = ApiUser.register();
        ServiceUnderTest.request().body(Map.of("email", user.email(), "password", "wrong-passw0rd"))
                .post("/api/login")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void unknownUserIsA401Problem() {
        ServiceUnderTest.request().body(Map.of("email", "nobody-here@example.com", "password", "whatever1"))
                .post("/api/login")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void missingTokenIsA401ProblemWithBearerChallenge() {
        ServiceUnderTest.request().get("/api/posts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void aRefusedTokenGetsExactlyOneBearerChallenge() {
        List<String> challenges = ServiceUnderTest.request().header("Authorization", "Bearer not.a.token").get("/api/posts")
                .then().statusCode(401).extract().headers().getValues("WWW-Authenticate");
        assertEquals(List.of("Bearer"), challenges, "ours only, not also MicroProfile JWT's realm=\"MP-JWT\" challenge");
    }

    @Test
    void theIssuedTokenIsAnRs256JwtWithTheServersClaims() {
        ApiUser user = ApiUser.register();
        String[] parts = user.token().split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\""), "header " + header);
        assertTrue(claims.contains("\"sub\":\"" + user.id() + "\""), "claims " + claims);
        assertTrue(claims.contains("\"iss\":\"observable-service\"") && claims.contains("\"aud\":\"observable-service-api\""),
                "claims " + claims);
        assertTrue(claims.contains("\"groups\":[\"user\"]"), "claims " + claims);
    }

    @Test
    void garbageTokenIsA401Problem() {
        ServiceUnderTest.request().header("Authorization", "Bearer not.a.token").get("/api/posts")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void unsignedAlgNoneTokenIsA401Problem() {
        ApiUser user = ApiUser.register();
        String header = URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = user.token().split("\\.")[1];
        ServiceUnderTest.request().header("Authorization", "Bearer " + header + "." + payload + ".")
                .get("/api/posts")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenWithTamperedClaimsIsA401Problem() {
        ApiUser user = ApiUser.register();
        String[] parts = user.token().split("\\.");
        String forged = URL.encodeToString(("{\"sub\":\"1\",\"exp\":9999999999,\"iss\":\"observable-service\","
                + "\"aud\":\"observable-service-api\"}").getBytes(StandardCharsets.UTF_8));
        ServiceUnderTest.request().header("Authorization", "Bearer " + parts[0] + "." + forged + "." + parts[2])
                .get("/api/posts")
                .then().statusCode(401);
    }

    @Test
    void validTokenOfADeletedUserIsA401NotA500() {
        ApiUser user = ApiUser.register();
        user.request().delete("/api/users/me").then().statusCode(204);
        user.request().get("/api/users/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
