package org.example.observable.orders;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.Shop;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

class OrdersIT {

    @Test
    void aPaidOrderAnswers201WithAmountStatusAndTransactionId() {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "2.50", 5);

        JsonPath order = buyer.request().body(Shop.order(product, 2, "card"))
                .post("/api/orders")
                .then().statusCode(201)
                .body("status", equalTo("PAID"))
                .body("payment_transaction_id", startsWith("txn_"))
                .extract().jsonPath();

        assertEquals(0, new BigDecimal("5.00").compareTo(new BigDecimal(order.getString("amount"))), "amount " + order.getString("amount"));
        assertEquals(3, Shop.stockOf(product), "stock after buying 2 of 5");
        buyer.request().get("/api/orders/" + order.getLong("id"))
                .then().statusCode(200).body("status", equalTo("PAID")).body("quantity", equalTo(2));
    }

    @Test
    void aPaidOrderIsCountedAndItsAmountAndPaymentDurationRecorded() {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "9.99", 2);
        buyer.request().body(Shop.order(product, 1, "bank_transfer")).post("/api/orders").then().statusCode(201);

        OtlpReceiver receiver = OtlpReceiver.shared();
        Metric placed = receiver.awaitPoint(TelemetryNames.APP_ORDERS_PLACED,
                Map.of(TelemetryNames.ORDER_STATUS, "PAID", TelemetryNames.PAYMENT_METHOD, "bank_transfer")).metric();
        assertEquals("{order}", placed.getUnit(), "app.orders.placed unit");
        assertEquals("{USD}", receiver.awaitMetric(TelemetryNames.APP_ORDER_AMOUNT).getUnit(), "app.order.amount unit");
        Metric duration = receiver.awaitPoint(TelemetryNames.APP_PAYMENT_DURATION,
                Map.of(TelemetryNames.PAYMENT_OUTCOME, "approved")).metric();
        assertEquals("s", duration.getUnit(), "app.payment.duration unit");
    }

    @Test
    void anotherUsersOrderIsNotFound() {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "1.00", 1);
        long orderId = buyer.request().body(Shop.order(product, 1, "card"))
                .post("/api/orders").then().statusCode(201).extract().jsonPath().getLong("id");

        ApiUser.register().request().get("/api/orders/" + orderId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownPaymentMethodIsRefused() {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "1.00", 1);
        buyer.request().body(Shop.order(product, 1, "bitcoin")).post("/api/orders").then().statusCode(400);
        assertEquals(1, Shop.stockOf(product), "stock untouched");
    }

    @Test
    void oneOrderIsOneTraceFromCreateOrderToThePaymentServerSpan() {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "4.00", 10);
        TestTrace trace = TestTrace.random();
        String traceId = trace.traceId();

        long orderId = buyer.request()
                .header("traceparent", trace.traceparent())
                .header("baggage", "tenant.id=acme-orders-it")
                .body(Shop.order(product, 3, "paypal"))
                .post("/api/orders")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Span create = trace.awaitSpan(TelemetryNames.SPAN_CREATE_ORDER);
        Span inventory = trace.awaitSpan(TelemetryNames.SPAN_CHECK_INVENTORY);
        Span payment = trace.awaitSpan(TelemetryNames.SPAN_PROCESS_PAYMENT);
        String createId = OtlpReceiver.spanIdHex(create);

        assertEquals(Optional.of("standard"), TestTrace.attribute(create, TelemetryNames.ORDER_TYPE), "order.type");
        assertEquals(Optional.of("3"), TestTrace.attribute(create, TelemetryNames.ORDER_QUANTITY), "order.quantity");
        assertEquals(Optional.of("12.0"), TestTrace.attribute(create, TelemetryNames.ORDER_AMOUNT), "order.amount");
        assertTrue(OtlpReceiver.event(create, TelemetryNames.EVENT_ORDER_CREATED,
                        Map.of(TelemetryNames.ORDER_ID, Long.toString(orderId))).isPresent(),
                "order.created event with the order id: " + create.getEventsList());

        assertEquals(createId, OtlpReceiver.parentSpanIdHex(inventory), "check_inventory is a child of create_order");
        assertEquals(Optional.of(Long.toString(product)), TestTrace.attribute(inventory, TelemetryNames.PRODUCT_ID), "product.id");
        assertEquals(Optional.of("true"), TestTrace.attribute(inventory, TelemetryNames.INVENTORY_AVAILABLE), "inventory.available");

        assertEquals(createId, OtlpReceiver.parentSpanIdHex(payment), "process_payment is a child of create_order");
        assertEquals(Optional.of("paypal"), TestTrace.attribute(payment, TelemetryNames.PAYMENT_METHOD), "payment.method");
        assertTrue(TestTrace.attribute(payment, TelemetryNames.PAYMENT_TRANSACTION_ID).filter(t -> t.startsWith("txn_")).isPresent(),
                "payment.transaction_id");

        String paymentId = OtlpReceiver.spanIdHex(payment);
        Span client = OtlpReceiver.shared().awaitSpan("Rest Client CLIENT span under process_payment",
                s -> OtlpReceiver.traceIdHex(s).equals(traceId) && s.getKind() == Span.SpanKind.SPAN_KIND_CLIENT
                        && OtlpReceiver.parentSpanIdHex(s).equals(paymentId));
        Span server = OtlpReceiver.shared().awaitSpan("payment SERVER span under the CLIENT span",
                s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER
                        && OtlpReceiver.parentSpanIdHex(s).equals(OtlpReceiver.spanIdHex(client)));
        assertEquals(traceId, OtlpReceiver.traceIdHex(server), "the payment SERVER span is in the order's trace");
        assertEquals(Optional.of("acme-orders-it"), TestTrace.attribute(server, TelemetryNames.TENANT_ID),
                "tenant.id travelled as baggage to the payment side");
    }

    @Test
    void tooLittleStockIs409WithAnOutOfStockSpanAndNothingWritten() {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "3.00", 1);
        TestTrace trace = TestTrace.random();
        String traceId = trace.traceId();

        buyer.request().header("traceparent", trace.traceparent())
                .body(Shop.order(product, 2, "card"))
                .post("/api/orders")
                .then().statusCode(409).contentType("application/problem+json");

        Span create = trace.awaitSpan(TelemetryNames.SPAN_CREATE_ORDER);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, create.getStatus().getCode(), "create_order status");
        assertEquals("Out of stock", create.getStatus().getMessage(), "create_order status description");
        Span inventory = trace.awaitSpan(TelemetryNames.SPAN_CHECK_INVENTORY);
        assertEquals(Optional.of("false"), TestTrace.attribute(inventory, TelemetryNames.INVENTORY_AVAILABLE), "inventory.available");
        assertEquals(1, Shop.stockOf(product), "stock unchanged");
        assertEquals(List.of(), buyer.request().get("/api/orders").then().statusCode(200).extract().jsonPath().getList("id"),
                "no order written");
    }
}
