package org.example.observable.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.List;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.Shop;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * Payment failures, made deterministic by the payment service's test methods: the answer names the failure, the
 * order is an explicit FAILED row (never PENDING), the stock is back, and the spans carry the exception.
 */
class PaymentFailuresIT {

    @Test
    void aDeclinedPaymentIs402WithTheExceptionOnProcessPayment() {
        TestTrace trace = failOrder("declined_card", 402);

        Span payment = trace.awaitSpan(TelemetryNames.SPAN_PROCESS_PAYMENT);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, payment.getStatus().getCode(), "process_payment status");
        assertTrue(payment.getEventsList().stream().anyMatch(e -> e.getName().equals("exception")
                        && OtlpReceiver.attribute(e.getAttributesList(), "exception.type")
                        .filter(t -> t.endsWith("PaymentDeclinedException")).isPresent()),
                "exception event on process_payment: " + payment.getEventsList());
        Span create = trace.awaitSpan(TelemetryNames.SPAN_CREATE_ORDER);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, create.getStatus().getCode(), "create_order status");
    }

    @Test
    void aFailingPaymentServiceIs502() {
        failOrder("fail_gateway", 502);
    }

    @Test
    void aPaymentServicePastTheReadTimeoutIs504() {
        TestTrace trace = failOrder("slow_gateway", 504);

        Span payment = trace.awaitSpan(TelemetryNames.SPAN_PROCESS_PAYMENT);
        assertTrue(payment.getEventsList().stream().anyMatch(e -> e.getName().equals("exception")),
                "exception event on process_payment: " + payment.getEventsList());
    }

    /** Places an order that fails with that method; checks answer, stock and order rows; returns its trace. */
    private static TestTrace failOrder(String paymentMethod, int expectedStatus) {
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
        return trace;
    }
}
