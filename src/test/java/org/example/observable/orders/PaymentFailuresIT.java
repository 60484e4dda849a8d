package org.example.observable.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.Shop;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * Payment failures, made deterministic by the payment service's test methods: the answer names the failure, the
 * order is an explicit FAILED row (never PENDING), the stock is back, and the spans carry the exception; a timeout
 * leaves the charge unknown, so that order waits PENDING for the sweeper.
 */
class PaymentFailuresIT {

    @Test
    void aDeclinedPaymentIs402WithTheExceptionOnProcessPayment() {
        TestTrace trace = failOrder("declined_card", 402, "declined");

        Span payment = trace.awaitSpan(TelemetryNames.SPAN_PROCESS_PAYMENT);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, payment.getStatus().getCode(), "process_payment status");
        assertTrue(OtlpReceiver.event(payment, "exception",
                        Map.of("exception.type", "org.example.observable.orders.payment.PaymentDeclinedException")).isPresent(),
                "exception event on process_payment: " + payment.getEventsList());
        Span create = trace.awaitSpan(TelemetryNames.SPAN_CREATE_ORDER);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, create.getStatus().getCode(), "create_order status");
    }

    @Test
    void aFailingPaymentServiceIs502() {
        TestTrace trace = failOrder("fail_gateway", 502, "error");

        Span payment = trace.awaitSpan(TelemetryNames.SPAN_PROCESS_PAYMENT);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, payment.getStatus().getCode(), "process_payment status");
        assertTrue(OtlpReceiver.event(payment, "exception",
                        Map.of("exception.type", "org.example.observable.orders.payment.PaymentServiceFailedException")).isPresent(),
                "exception event on process_payment: " + payment.getEventsList());
    }

    @Test
    void aPaymentServicePastTheReadTimeoutIs504AndTheOrderWaitsForTheSweeperWhichMakesItPaid() {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "7.00", 4);
        TestTrace trace = TestTrace.random();

        buyer.request().header("traceparent", trace.traceparent())
                .body(Shop.order(product, 2, "slow_gateway"))
                .post("/api/orders")
                .then().statusCode(504).contentType("application/problem+json");

        assertEquals(List.of("PENDING"),
                buyer.request().get("/api/orders").then().statusCode(200).extract().jsonPath().getList("status"),
                "the charge is unknown: the order stays PENDING");
        assertEquals(2, Shop.stockOf(product), "its stock stays reserved");
        Span payment = trace.awaitSpan(TelemetryNames.SPAN_PROCESS_PAYMENT);
        assertTrue(OtlpReceiver.event(payment, "exception",
                        Map.of("exception.type", "org.example.observable.orders.payment.PaymentServiceTimeoutException")).isPresent(),
                "the timeout's exception event on process_payment: " + payment.getEventsList());
        OtlpReceiver.shared().awaitPoint(TelemetryNames.APP_PAYMENT_DURATION,
                Map.of(TelemetryNames.PAYMENT_METHOD, "slow_gateway", TelemetryNames.PAYMENT_OUTCOME, "timeout"));

        // The slow gateway approves after its delay; the sweeper (orders older than 15 s on the test server) asks it.
        Awaitility.await("the timed-out order settled by the sweeper").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> buyer.request().get("/api/orders").then().statusCode(200).extract().jsonPath()
                        .getList("status").equals(List.of("PAID")));
        assertEquals(2, Shop.stockOf(product), "the stock stays sold");
        OtlpReceiver.shared().awaitPoint(TelemetryNames.APP_ORDERS_PLACED,
                Map.of(TelemetryNames.PAYMENT_METHOD, "slow_gateway", TelemetryNames.ORDER_STATUS, "PAID"));
    }

    /**
     * Places an order that fails with that method; checks answer, stock, order rows and the outcome on the order
     * metrics; returns its trace.
     */
    private static TestTrace failOrder(String paymentMethod, int expectedStatus, String expectedOutcome) {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "7.00", 4);
        TestTrace trace = TestTrace.random();

        buyer.request().header("traceparent", trace.traceparent())
                .body(Shop.order(product, 2, paymentMethod))
                .post("/api/orders")
                .then().statusCode(expectedStatus).contentType("application/problem+json");

        assertEquals(4, Shop.stockOf(product), "stock restored after " + paymentMethod);
        assertEquals(List.of("FAILED"),
                buyer.request().get("/api/orders").then().statusCode(200).extract().jsonPath().getList("status"),
                "one explicit FAILED order and no PENDING one after " + paymentMethod);
        OtlpReceiver receiver = OtlpReceiver.shared();
        receiver.awaitPoint(TelemetryNames.APP_PAYMENT_DURATION,
                Map.of(TelemetryNames.PAYMENT_METHOD, paymentMethod, TelemetryNames.PAYMENT_OUTCOME, expectedOutcome));
        receiver.awaitPoint(TelemetryNames.APP_ORDERS_PLACED,
                Map.of(TelemetryNames.PAYMENT_METHOD, paymentMethod, TelemetryNames.ORDER_STATUS, "FAILED"));
        assertEquals(List.of(), receiver.points(TelemetryNames.APP_PAYMENT_DURATION).stream()
                        .filter(p -> p.attribute(TelemetryNames.PAYMENT_METHOD).filter(paymentMethod::equals).isPresent())
                        .map(p -> p.attribute(TelemetryNames.PAYMENT_OUTCOME).orElse(""))
                        .filter(outcome -> !outcome.equals(expectedOutcome))
                        .distinct().toList(),
                "payment.outcome values other than " + expectedOutcome + " recorded for " + paymentMethod);
        return trace;
    }
}
