package org.example.observable.auth;

import static org.hamcrest.Matchers.equalTo;

import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** JWT_CLOCK_SKEW (60 s by default): the leeway on {@code exp} between the issuer's clock and the server's. */
class ClockSkewIT {

    private static String tokenExpiredSecondsAgo(ApiUser user, long seconds) {
        return TestTokens.rs256(TestTokens.header("RS256"),
                TestTokens.claims(Long.toString(user.id()), TestTokens.ISSUER, TestTokens.AUDIENCE, -seconds), TestTokens.serverKey());
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
        ApiUser user = ApiUser.register();
        ServiceUnderTest.request().header("Authorization", "Bearer " + tokenExpiredSecondsAgo(user, 20))
                .get("/api/users/me")
                .then().statusCode(200).body("email", equalTo(user.email()));
    }

    @Test
    void aTokenExpiredLongerAgoThanTheClockSkewIsRefused() {
        ApiUser user = ApiUser.register();
        ServiceUnderTest.request().header("Authorization", "Bearer " + tokenExpiredSecondsAgo(user, 120))
                .get("/api/users/me")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"));
    }
}
