package org.example.observable.auth;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * Log-in throttling with the defaults (5 failures per account, 50 per client address, within 300 s): refused with a
 * 429 problem and {@code Retry-After}, the same for accounts that exist and those that do not, and before the
 * password is checked. The address limit is tested from 127.0.0.2, so the rest of the suite (127.0.0.1) keeps its budget.
 */
class LoginThrottlingIT {

    private static final int FAILURES_PER_ACCOUNT = 5;
    private static final int FAILURES_PER_ADDRESS = 50;
    private static final String OTHER_LOOPBACK_ADDRESS = "127.0.0.2";

    @Test
    void anAccountIsRefusedAfterFiveFailuresEvenWithTheRightPassword() {
        ApiUser user = ApiUser.register();
        failLogins(user.email(), FAILURES_PER_ACCOUNT);

        Response refused = login(user.email(), user.password(), null);

        assertThrottled(refused);
    }

    @Test
    void aThrottledLogInIsAnErrorSpanWithoutUser() {
        ApiUser user = ApiUser.register();
        failLogins(user.email(), FAILURES_PER_ACCOUNT);
        TestTrace trace = TestTrace.random();

        assertThrottled(ServiceUnderTest.request().header("traceparent", trace.traceparent())
                .body(Map.of("email", user.email(), "password", user.password())).post("/api/login"));

        Span login = trace.awaitSpan(TelemetryNames.SPAN_USER_LOGIN);
        assertAll(
                () -> assertEquals(Status.StatusCode.STATUS_CODE_ERROR, login.getStatus().getCode(), "status"),
                () -> assertEquals("Log-in throttled", login.getStatus().getMessage(), "status message"),
                () -> assertEquals(Optional.of("false"), attribute(login, TelemetryNames.AUTH_SUCCESS), "auth.success"),
                () -> assertEquals(Optional.empty(), attribute(login, TelemetryNames.ENDUSER_ID), "enduser.id"));
    }

    @Test
    void anUnknownAccountIsRefusedExactlyLikeAnExistingOne() {
        ApiUser user = ApiUser.register();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        failLogins(user.email(), FAILURES_PER_ACCOUNT);
        failLogins(unknown, FAILURES_PER_ACCOUNT);

        Response existing = login(user.email(), "Wrong-passw0rd", null);
        Response missing = login(unknown, "Wrong-passw0rd", null);

        assertThrottled(existing);
        assertThrottled(missing);
        assertEquals(existing.body().asString(), missing.body().asString(), "the same problem body");
    }

    @Test
    void anAddressIsRefusedAfterFiftyFailuresAcrossAccountsAndOtherAddressesAreNot() throws UnknownHostException {
        ApiUser user = ApiUser.register();
        InetAddress other = InetAddress.getByName(OTHER_LOOPBACK_ADDRESS);
        for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
            assertEquals(401, login("guess-" + i + "-" + UUID.randomUUID() + "@example.com", "Wrong-passw0rd", other)
                    .statusCode(), "failure " + (i + 1) + " from " + OTHER_LOOPBACK_ADDRESS);
        }

        assertThrottled(login(user.email(), user.password(), other));
        assertEquals(200, login(user.email(), user.password(), null).statusCode(), "the same account from 127.0.0.1");
    }

    private static void failLogins(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(401, login(email, "Wrong-passw0rd-" + i, null).statusCode(), "failure " + (i + 1));
        }
    }

    /** A JSON log-in, from the given local address (null: the default, 127.0.0.1). */
    private static Response login(String email, String password, InetAddress from) {
        var request = ServiceUnderTest.request();
        if (from != null) {
            request = request.config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", from)));
        }
        return request.body(Map.of("email", email, "password", password)).post("/api/login");
    }

    private static void assertThrottled(Response response) {
        String retryAfter = response.header("Retry-After");
        assertAll(
                () -> assertEquals(429, response.statusCode(), "status"),
                () -> assertEquals("application/problem+json", response.contentType(), "content type"),
                () -> assertEquals(429, response.jsonPath().getInt("status"), "problem status"),
                () -> assertEquals("Too many failed log-ins: try again later", response.jsonPath().getString("detail"), "detail"),
                () -> assertTrue(retryAfter != null && retryAfter.matches("\\d+")
                        && Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 300,
                        "Retry-After in seconds, at most the window: " + retryAfter));
    }
}
