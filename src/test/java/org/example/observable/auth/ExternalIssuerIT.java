package org.example.observable.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.InContainerDeployment;
import org.example.observable.testsupport.JwksStub;
import org.example.observable.testsupport.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An external OpenID Connect issuer instead of the built-in one: the Arquillian server trusts the issuer, audience and
 * JWKS of {@link JwksStub} (src/test/arquillian/server.env, JWT_VERIFY_*). Its tokens are accepted; tokens it did not
 * sign, tokens for another audience and the built-in issuer's own tokens are refused. Users are registered through the
 * integration-test server, whose database this server shares.
 */
@ExtendWith(ArquillianExtension.class)
class ExternalIssuerIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return InContainerDeployment.application(ExternalIssuerIT.class);
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void issuerIsUp() {
        JwksStub.shared();
    }

    private RequestSpecification request(String token) {
        return RestAssured.given().baseUri(base.toString()).header("Authorization", "Bearer " + token);
    }

    @Test
    void aTokenOfTheExternalIssuerIsAccepted() {
        ApiUser user = ApiUser.register();
        String token = JwksStub.shared().sign(TestTokens.claims(Long.toString(user.id()), JwksStub.ISSUER, JwksStub.AUDIENCE, 600));
        request(token).get("api/users/me")
                .then().statusCode(200).body("email", equalTo(user.email()));
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheIssuersKeyIdIsRefused() {
        ApiUser user = ApiUser.register();
        String forged = TestTokens.rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + JwksStub.KEY_ID + "\"}",
                TestTokens.claims(Long.toString(user.id()), JwksStub.ISSUER, JwksStub.AUDIENCE, 600),
                TestTokens.newRsaKeyPair().getPrivate());
        request(forged).get("api/users/me")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void aTokenOfTheExternalIssuerForAnotherAudienceIsRefused() {
        ApiUser user = ApiUser.register();
        String token = JwksStub.shared().sign(TestTokens.claims(Long.toString(user.id()), JwksStub.ISSUER, TestTokens.AUDIENCE, 600));
        request(token).get("api/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenOfTheExternalIssuerIsRefused() {
        ApiUser user = ApiUser.register();
        String token = JwksStub.shared().sign(TestTokens.claims(Long.toString(user.id()), JwksStub.ISSUER, JwksStub.AUDIENCE, -3600));
        request(token).get("api/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theBuiltInIssuersTokenIsRefusedWhenAnExternalIssuerReplacesIt() {
        ApiUser user = ApiUser.register();
        request(user.token()).get("api/users/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
