package org.example.observable.auth;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/** Log-in and token validation are visible in the trace, with the user id and never the secrets. */
class IdentitySpansIT {

    @Test
    void successfulLoginIsAUserLoginSpanWithTheUserId() {
        ApiUser user = ApiUser.register();
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent())
                .body(Map.of("email", user.email(), "password", user.password()))
                .post("/api/login")
                .then().statusCode(200);

        Span server = trace.awaitServerSpan();
        Span login = trace.awaitSpan(TelemetryNames.SPAN_USER_LOGIN);
        assertEquals(OtlpReceiver.spanIdHex(server), OtlpReceiver.parentSpanIdHex(login), "user.login under the SERVER span");
        assertEquals(Optional.of(Long.toString(user.id())), attribute(login, TelemetryNames.ENDUSER_ID), "enduser.id");
        assertEquals(Optional.of("true"), attribute(login, TelemetryNames.AUTH_SUCCESS), "auth.success");
        assertNoSecrets(trace, user.email(), user.password());
    }

    @Test
    void failedLoginIsAnErrorSpanWithoutUserAndAnswers401() {
        ApiUser user = ApiUser.register();
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent())
                .body(Map.of("email", user.email(), "password", "wrong-Passw0rd"))
                .post("/api/login")
                .then().statusCode(401);

        Span login = trace.awaitSpan(TelemetryNames.SPAN_USER_LOGIN);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, login.getStatus().getCode(), "user.login status");
        assertEquals(Optional.of("false"), attribute(login, TelemetryNames.AUTH_SUCCESS), "auth.success");
        assertEquals(Optional.empty(), attribute(login, TelemetryNames.ENDUSER_ID), "enduser.id");
        assertNoSecrets(trace, user.email(), "wrong-Passw0rd");
    }

    @Test
    void anAuthenticatedRequestHasAValidateTokenSpanAndTheUserOnTheRequestSpan() {
        ApiUser user = ApiUser.register();
        TestTrace trace = TestTrace.random();
        user.request().header("traceparent", trace.traceparent()).get("/api/users/me").then().statusCode(200);

        Span server = trace.awaitServerSpan();
        Span validation = trace.awaitSpan(TelemetryNames.SPAN_AUTH_VALIDATE_TOKEN);
        assertEquals(OtlpReceiver.spanIdHex(server), OtlpReceiver.parentSpanIdHex(validation),
                "auth.validate_token under the SERVER span");
        assertEquals(Optional.of(Long.toString(user.id())), attribute(server, TelemetryNames.ENDUSER_ID),
                "enduser.id on the SERVER span");
        assertNoSecrets(trace, user.token(), user.email());
        for (byte[] payload : OtlpReceiver.shared().rawPayloads()) {
            assertFalse(new String(payload, StandardCharsets.ISO_8859_1).contains(user.token()),
                    "the bearer token reached an OTLP payload");
        }
    }

    @Test
    void anInvalidTokenIsAnErrorValidateTokenSpanAndAnswers401() {
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent())
                .header("Authorization", "Bearer not.a.token")
                .get("/api/users/me")
                .then().statusCode(401);

        Span validation = trace.awaitSpan(TelemetryNames.SPAN_AUTH_VALIDATE_TOKEN);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, validation.getStatus().getCode(), "auth.validate_token status");
        assertEquals(Optional.of("false"), attribute(validation, TelemetryNames.AUTH_SUCCESS), "auth.success");
        assertNoSecrets(trace, "not.a.token");
    }

    private static void assertNoSecrets(TestTrace trace, String... secrets) {
        trace.awaitServerSpan();
        for (Span span : trace.spans()) {
            for (String secret : secrets) {
                assertFalse(span.toString().contains(secret), "a secret is in span " + span.getName());
            }
        }
    }
}
