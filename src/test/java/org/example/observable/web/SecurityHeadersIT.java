package org.example.observable.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.response.Response;
import java.util.Map;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer of the server, the API's and those of Liberty's own applications alike, carries the security headers
 * and no banner; browsers of other origins get a CORS answer only when the origin is on the configured allowlist
 * (the test server allows {@code http://allowed.example}, see src/test/liberty/server.env).
 */
class SecurityHeadersIT {

    private static final String ALLOWED_ORIGIN = "http://allowed.example";

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/posts?limit=1", "/api/no-such-thing", "/api/posts/abc", "/health/ready", "/openapi"})
    void everyAnswerCarriesTheSecurityHeadersAndNoBanner(String path) {
        assertSecurityHeaders(ServiceUnderTest.request().get(path), path);
    }

    @Test
    void aRejectedLoginCarriesTheSecurityHeadersAndIsNotCached() {
        Response response = ServiceUnderTest.request()
                .body(Map.of("email", "nobody@example.com", "password", "wrong-password-1"))
                .post("/api/login");
        assertEquals(401, response.statusCode(), "status");
        assertSecurityHeaders(response, "POST /api/login");
        assertEquals("no-store", response.header("Cache-Control"), "Cache-Control");
    }

    @Test
    void anIssuedTokenIsNotCached() {
        ApiUser user = ApiUser.register();
        Response response = ServiceUnderTest.request()
                .body(Map.of("email", user.email(), "password", user.password()))
                .post("/api/login");
        assertEquals(200, response.statusCode(), "status");
        assertEquals("no-store", response.header("Cache-Control"), "Cache-Control");
    }

    @Test
    void aPreflightFromAnUnlistedOriginGetsNoCorsAnswer() {
        Response response = preflight("http://attacker.example");
        assertAll(
                () -> assertNull(response.header("Access-Control-Allow-Origin"), "Access-Control-Allow-Origin"),
                () -> assertNull(response.header("Access-Control-Allow-Methods"), "Access-Control-Allow-Methods"));
    }

    @Test
    void aPreflightFromTheAllowedOriginIsAnswered() {
        Response response = preflight(ALLOWED_ORIGIN);
        assertAll(
                () -> assertEquals(ALLOWED_ORIGIN, response.header("Access-Control-Allow-Origin"), "Access-Control-Allow-Origin"),
                () -> assertEquals("GET, POST, PUT, DELETE", response.header("Access-Control-Allow-Methods"), "Access-Control-Allow-Methods"));
    }

    @Test
    void anAuthenticatedReadCarriesTheSecurityHeaders() {
        Response response = ApiUser.register().request().get("/api/posts?limit=1");
        assertEquals(200, response.statusCode(), "status");
        assertSecurityHeaders(response, "GET /api/posts?limit=1 with a token");
    }

    @Test
    void aCrossOriginReadFromAnUnlistedOriginIsNotShared() {
        Response response = ApiUser.register().request().header("Origin", "http://attacker.example").get("/api/posts?limit=1");
        assertEquals(200, response.statusCode(), "status");
        assertNull(response.header("Access-Control-Allow-Origin"), "Access-Control-Allow-Origin");
    }

    private static Response preflight(String origin) {
        return ServiceUnderTest.request()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/posts");
    }

    private static void assertSecurityHeaders(Response response, String what) {
        assertAll(what,
                () -> assertEquals("nosniff", response.header("X-Content-Type-Options"), "X-Content-Type-Options"),
                () -> assertEquals("frame-ancestors 'none'", response.header("Content-Security-Policy"), "Content-Security-Policy"),
                () -> assertEquals("no-referrer", response.header("Referrer-Policy"), "Referrer-Policy"),
                () -> assertNull(response.header("Server"), "Server"),
                () -> assertNull(response.header("X-Powered-By"), "X-Powered-By"));
    }
}
