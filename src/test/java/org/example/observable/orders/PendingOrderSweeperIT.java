package org.example.observable.orders;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.Shop;
import org.example.observable.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Orders a dead JVM left PENDING between their two transactions are settled by the sweeper (every 0.5 s on the test
 * server, for orders older than 15 s): PAID with the charge's transaction id when the payment service made one,
 * FAILED with the stock given back when it did not; younger orders are left to their placement.
 */
class PendingOrderSweeperIT {

    private static final long AN_HOUR = 3600;
    private final DataSource database = TestDatabase.dataSource();

    @Test
    void anAbandonedOrderThatWasChargedBecomesPaidWithTheChargesTransaction() throws Exception {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "5.00", 10);
        // Charged while still young (the sweeper leaves orders under 15 s alone), then backdated: otherwise a sweep
        // between the insert and the charge finds no charge and rightly fails the order.
        long orderId = Shop.abandonedOrder(buyer, product, 2, "10.00", 0);
        String transactionId = ServiceUnderTest.requestAsOrderService().header("Idempotency-Key", Long.toString(orderId))
                .body(Map.of("order_id", orderId, "amount", "10.00", "payment_method", "card"))
                .post("/api/payments")
                .then().statusCode(201).extract().path("transaction_id");
        Shop.ageOrder(orderId, AN_HOUR);

        awaitStatus(orderId, "PAID");

        assertEquals(List.of(transactionId), DatabaseRows.strings(database,
                "SELECT payment_transaction_id FROM orders WHERE id = ?", orderId), "the charge's transaction");
        assertEquals(8, Shop.stockOf(product), "the stock stays sold");
        Span settle = OtlpReceiver.shared().awaitSpan(TelemetryNames.SPAN_SETTLE_PENDING_ORDER,
                Map.of(TelemetryNames.ORDER_ID, Long.toString(orderId)));
        assertAll(
                () -> assertEquals(Optional.of("PAID"), OtlpReceiver.attribute(settle.getAttributesList(), TelemetryNames.ORDER_STATUS), "order.status"),
                () -> assertEquals(Status.StatusCode.STATUS_CODE_UNSET, settle.getStatus().getCode(), "status"));
    }

    @Test
    void anAbandonedOrderThatWasNeverChargedFailsAndGivesItsStockBack() throws Exception {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "5.00", 10);
        long orderId = Shop.abandonedOrder(buyer, product, 3, "15.00", AN_HOUR);
        assertEquals(7, Shop.stockOf(product), "reserved while PENDING");

        awaitStatus(orderId, "FAILED");

        assertEquals(10, Shop.stockOf(product), "stock given back");
        assertEquals(List.of(""), DatabaseRows.strings(database,
                "SELECT coalesce(payment_transaction_id, '') FROM orders WHERE id = ?", orderId), "no transaction");
    }

    @Test
    void aRecentPendingOrderIsLeftToItsPlacement() throws Exception {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "5.00", 10);
        long orderId = Shop.abandonedOrder(buyer, product, 1, "5.00", 1);

        Awaitility.await("order " + orderId + " still PENDING through several sweeps")
                .during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> status(orderId).equals("PENDING"));
        assertEquals(9, Shop.stockOf(product), "still reserved");
    }

    @Test
    void aSecondAuthorizationUnderTheSameKeyAnswersTheFirstCharge() {
        var payment = Map.of("order_id", 987654321, "amount", "1.00", "payment_method", "card");
        String key = "sweeper-it-" + System.nanoTime();
        String first = ServiceUnderTest.requestAsOrderService().header("Idempotency-Key", key).body(payment)
                .post("/api/payments").then().statusCode(201).extract().path("transaction_id");
        String second = ServiceUnderTest.requestAsOrderService().header("Idempotency-Key", key).body(payment)
                .post("/api/payments").then().statusCode(201).extract().path("transaction_id");

        assertEquals(first, second, "one charge per key");
        assertEquals(first, ServiceUnderTest.requestAsOrderService().get("/api/payments/" + key)
                .then().statusCode(200).extract().path("transaction_id"), "the charge, asked by its key");
        ServiceUnderTest.requestAsOrderService().get("/api/payments/never-charged-" + key)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private void awaitStatus(long orderId, String expected) {
        Awaitility.await("order " + orderId + " " + expected).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> status(orderId).equals(expected));
    }

    private String status(long orderId) throws Exception {
        return DatabaseRows.strings(database, "SELECT status FROM orders WHERE id = ?", orderId).get(0);
    }
}
