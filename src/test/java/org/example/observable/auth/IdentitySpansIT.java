package org.example.observable.auth;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    void aRepeatedTokenIsNotVerifiedAgainSoItsRequestHasNoValidateTokenSpanButKeepsTheUser() {
        ApiUser user = ApiUser.register();
        TestTrace first = TestTrace.random();
        user.request().header("traceparent", first.traceparent()).get("/api/users/me").then().statusCode(200);
        first.awaitSpan(TelemetryNames.SPAN_AUTH_VALIDATE_TOKEN);

        TestTrace repeated = TestTrace.random();
        user.request().header("traceparent", repeated.traceparent()).get("/api/users/me").then().statusCode(200);

        Span server = repeated.awaitServerSpan();
        assertEquals(Optional.of(Long.toString(user.id())), attribute(server, TelemetryNames.ENDUSER_ID),
                "enduser.id on the SERVER span of the repeated token's request");
        // The child span ends before its SERVER span, so it would have been exported with it or before it.
        assertEquals(List.of(), repeated.spans().stream().map(Span::getName)
                .filter(TelemetryNames.SPAN_AUTH_VALIDATE_TOKEN::equals).toList(), "spans of the repeated token's trace");
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

    @Test
    void aRefusedTokenReachesNoLogRecord() {
        String refused = "refused-" + UUID.randomUUID() + ".not-a-token";
        ServiceUnderTest.request().header("Authorization", "Bearer " + refused).get("/api/users/me").then().statusCode(401);
        // A later request's span bounds the wait; log records are exported on the same 100 ms schedule, give them 1 s.
        String marker = "after-refusal/" + UUID.randomUUID();
        ServiceUnderTest.request().header("User-Agent", marker).get("/api/telemetry/status").then().statusCode(200);
        OtlpReceiver receiver = OtlpReceiver.shared();
        receiver.awaitSpan("span of the marker request", s -> OtlpReceiver.attribute(s.getAttributesList(),
                "http.request.header.user-agent").filter(marker::equals).isPresent());
        sleep(1000);
        for (byte[] payload : receiver.rawPayloads()) {
            assertFalse(new String(payload, StandardCharsets.ISO_8859_1).contains(refused),
                    "the refused token reached an OTLP payload (Liberty's CWWKS5524E carries it)");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
