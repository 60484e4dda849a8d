package org.example.observable.notifications;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/** Registration enqueues a welcome message in the background, in a send_email span of the registration's trace. */
class WelcomeMessageIT {

    @Test
    void registrationSendsTheWelcomeMessageInASendEmailSpanUnderTheRequestSpan() {
        TestTrace trace = TestTrace.random();
        String email = "welcome-" + UUID.randomUUID() + "@welcome.example.org";
        ServiceUnderTest.request().header("traceparent", trace.traceparent())
                .body(Map.of("email", email, "password", ApiUser.PASSWORD))
                .post("/api/users")
                .then().statusCode(201);

        Span server = trace.awaitServerSpan();
        Span sendEmail = trace.awaitSpan(TelemetryNames.SPAN_SEND_EMAIL);

        assertEquals(OtlpReceiver.spanIdHex(server), OtlpReceiver.parentSpanIdHex(sendEmail),
                "send_email is a child of the registration's SERVER span");
        assertEquals(Optional.of("welcome.example.org"), attribute(sendEmail, TelemetryNames.EMAIL_DOMAIN), "email.domain");
        assertEquals(Optional.of(Integer.toString(WelcomeMessageService.BODY.length())),
                attribute(sendEmail, TelemetryNames.MESSAGE_LENGTH), "message.length");
        assertEquals(Status.StatusCode.STATUS_CODE_UNSET, sendEmail.getStatus().getCode(), "send_email status");
        for (Span span : trace.spans()) {
            assertFalse(span.toString().contains(email), "the e-mail address is in span " + span.getName());
        }
    }

    @Test
    void aFailedRegistrationSendsNothing() {
        ApiUser existing = ApiUser.register();
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent())
                .body(Map.of("email", existing.email(), "password", ApiUser.PASSWORD))
                .post("/api/users")
                .then().statusCode(409);

        trace.awaitServerSpan();
        Awaitility.await("no send_email in the failed registration's trace")
                .during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> trace.spans().stream().noneMatch(s -> s.getName().equals(TelemetryNames.SPAN_SEND_EMAIL)));
    }
}
