package org.example.observable.payments;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import java.util.Map;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * The stand-in payment service on its own: only for callers with the service credential, deterministic outcomes per
 * payment method, baggage on its span.
 */
class PaymentsIT {

    @Test
    void aCallWithoutTheServiceCredentialIsA401Problem() {
        ServiceUnderTest.request().body(payment("card"))
                .post("/api/payments")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("This endpoint is for the order service only"));
    }

    @Test
    void aCallWithAnotherCredentialIsA401Problem() {
        ServiceUnderTest.request().header("Authorization", "Bearer " + ServiceUnderTest.PAYMENT_SERVICE_TOKEN + "x")
                .body(payment("card"))
                .post("/api/payments")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aUsersAccessTokenIsNotTheServiceCredential() {
        ServiceUnderTest.request().header("Authorization", "Bearer " + ApiUser.register().token())
                .body(payment("card"))
                .post("/api/payments")
                .then().statusCode(401);
    }

    @Test
    void anOrdinaryMethodIsApprovedWithATransactionId() {
        ServiceUnderTest.requestAsOrderService().body(payment("card"))
                .post("/api/payments")
                .then().statusCode(201).body("transaction_id", startsWith("txn_"));
    }

    @Test
    void declinedCardIsDeclinedWith402() {
        ServiceUnderTest.requestAsOrderService().body(payment("declined_card"))
                .post("/api/payments")
                .then().statusCode(402).contentType("application/problem+json");
    }

    @Test
    void failGatewayAnswers503WithRetryAfter() {
        ServiceUnderTest.requestAsOrderService().body(payment("fail_gateway"))
                .post("/api/payments")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
    }

    @Test
    void aPaymentWithoutAmountIsRefused() {
        ServiceUnderTest.requestAsOrderService().body(Map.of("order_id", 1, "payment_method", "card"))
                .post("/api/payments")
                .then().statusCode(400);
    }

    @Test
    void theTenantFromBaggageAndTheIdempotencyKeyAreOnTheServerSpan() {
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.requestAsOrderService()
                .header("traceparent", trace.traceparent())
                .header("baggage", "tenant.id=acme-payments-it")
                .header("Idempotency-Key", "4711")
                .body(payment("card"))
                .post("/api/payments")
                .then().statusCode(201);

        Span server = trace.awaitServerSpan();
        assertEquals(Optional.of("acme-payments-it"), OtlpReceiver.attribute(server.getAttributesList(), TelemetryNames.TENANT_ID), "tenant.id");
        assertEquals(Optional.of("4711"), OtlpReceiver.attribute(server.getAttributesList(), TelemetryNames.PAYMENT_IDEMPOTENCY_KEY), "idempotency key");
        assertEquals(Optional.of("card"), OtlpReceiver.attribute(server.getAttributesList(), TelemetryNames.PAYMENT_METHOD), "payment.method");
    }

    private static Map<String, Object> payment(String method) {
        return Map.of("order_id", 42, "amount", "9.99", "payment_method", method);
    }
}
