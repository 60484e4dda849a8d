package org.example.observable.auth;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.JwksStub;
import org.example.observable.testsupport.ServerConfigOverride;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An external OpenID Connect issuer instead of the built-in one, configured as an operator does it (README: the
 * JWT_VERIFY_* settings, server.xml's {@code jwt.verify.*} variables): for this class the integration-test server
 * trusts the issuer, audience and JWKS of {@link JwksStub} through a configuration drop-in, applied to the running
 * server and removed after the class. Its tokens are accepted; tokens it did not sign, tokens for another audience and
 * the built-in issuer's own tokens are refused.
 */
class ExternalIssuerIT {

    private static final Duration CONFIGURATION_UPDATE = Duration.ofSeconds(60);

    private static ServerConfigOverride externalIssuer;

    @BeforeAll
    static void theServerTrustsTheExternalIssuer() {
        JwksStub issuer = JwksStub.shared();
        ApiUser probe = ApiUser.register();
        String probeToken = issuer.sign(TestTokens.claims(Long.toString(probe.id()), JwksStub.ISSUER, JwksStub.AUDIENCE, 600));
        externalIssuer = ServerConfigOverride.apply("external-issuer", """
                <variable name="jwt.verify.jwks.uri" value="%s"/>
                <variable name="jwt.verify.issuer" value="%s"/>
                <variable name="jwt.verify.audience" value="%s"/>""".formatted(issuer.jwksUri(), JwksStub.ISSUER, JwksStub.AUDIENCE));
        await("the server accepting the external issuer's tokens").atMost(CONFIGURATION_UPDATE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> request(probeToken).get("/api/users/me").statusCode() == 200);
    }

    @AfterAll
    static void theBuiltInIssuerIsTrustedAgain() {
        externalIssuer.close();
        ApiUser probe = ApiUser.register();
        await("the server accepting the built-in issuer's tokens again").atMost(CONFIGURATION_UPDATE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> probe.request().get("/api/users/me").statusCode() == 200);
    }

    private static RequestSpecification request(String token) {
        return ServiceUnderTest.request().header("Authorization", "Bearer " + token);
    }

    @Test
    void aTokenOfTheExternalIssuerIsAccepted() {
        ApiUser user = ApiUser.register();
        String token = JwksStub.shared().sign(TestTokens.claims(Long.toString(user.id()), JwksStub.ISSUER, JwksStub.AUDIENCE, 600));
        request(token).get("/api/users/me")
                .then().statusCode(200).body("email", equalTo(user.email()));
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheIssuersKeyIdIsRefused() {
        ApiUser user = ApiUser.register();
        String forged = TestTokens.rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + JwksStub.KEY_ID + "\"}",
                TestTokens.claims(Long.toString(user.id()), JwksStub.ISSUER, JwksStub.AUDIENCE, 600),
                TestTokens.newRsaKeyPair().getPrivate());
        request(forged).get("/api/users/me")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void aTokenOfTheExternalIssuerForAnotherAudienceIsRefused() {
        ApiUser user = ApiUser.register();
        String token = JwksStub.shared().sign(TestTokens.claims(Long.toString(user.id()), JwksStub.ISSUER, TestTokens.AUDIENCE, 600));
        request(token).get("/api/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenOfTheExternalIssuerIsRefused() {
        ApiUser user = ApiUser.register();
        String token = JwksStub.shared().sign(TestTokens.claims(Long.toString(user.id()), JwksStub.ISSUER, JwksStub.AUDIENCE, -3600));
        request(token).get("/api/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theBuiltInIssuersTokenIsRefusedWhenAnExternalIssuerReplacesIt() {
        ApiUser user = ApiUser.register();
        request(user.token()).get("/api/users/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
