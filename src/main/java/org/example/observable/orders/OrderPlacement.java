package org.example.observable.orders;

import io.opentelemetry.api.common.Attributes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.observable.orders.payment.PaymentAttempt;
import org.example.observable.orders.payment.PaymentCall;
import org.example.observable.orders.payment.PaymentOutcome;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.telemetry.metrics.OrderMetrics;

/**
 * Places an order: reserve (transaction 1), pay (no transaction), then PAID or FAILED (transaction 2); see
 * package-info. Spans are built by hand: the steps are calls on other beans and their outcomes set attributes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class OrderPlacement {

    private static final Logger LOG = Logger.getLogger(OrderPlacement.class.getName());

    @Inject
    ApplicationSpans spans;

    @Inject
    OrderService orders;

    @Inject
    PaymentCall payment;

    @Inject
    OrderMetrics metrics;

    public OrderResponse place(long userId, OrderRequest request) {
        return spans.call(TelemetryNames.SPAN_CREATE_ORDER, OrderPlacement::statusDescription, span -> {
            span.setAttribute(TelemetryAttributes.ORDER_TYPE, request.orderType());
            span.setAttribute(TelemetryAttributes.ORDER_QUANTITY, request.quantity().longValue());
            Order order = checkInventory(userId, request);
            span.setAttribute(TelemetryAttributes.ORDER_AMOUNT, order.getAmount().doubleValue());
            span.setAttribute(TelemetryAttributes.ORDER_ID, order.getId());
            OrderResponse paid = orders.markPaid(order.getId(), processPayment(order));
            span.addEvent(TelemetryNames.EVENT_ORDER_CREATED, Attributes.of(TelemetryAttributes.ORDER_ID, order.getId()));
            metrics.orderPlaced(OrderStatus.PAID.name(), order.getPaymentMethod(), order.getAmount());
            return paid;
        });
    }

    private Order checkInventory(long userId, OrderRequest request) {
        return spans.call(TelemetryNames.SPAN_CHECK_INVENTORY, OrderPlacement::statusDescription, span -> {
            span.setAttribute(TelemetryAttributes.PRODUCT_ID, request.productId().longValue());
            try {
                Order order = orders.reserve(userId, request);
                span.setAttribute(TelemetryAttributes.INVENTORY_AVAILABLE, true);
                return order;
            } catch (OutOfStockException e) {
                span.setAttribute(TelemetryAttributes.INVENTORY_AVAILABLE, false);
                throw e;
            }
        });
    }

    /** Returns the transaction id; on failure marks the order FAILED (stock back) and throws the failure. */
    private String processPayment(Order order) {
        return spans.call(TelemetryNames.SPAN_PROCESS_PAYMENT, span -> {
            span.setAttribute(TelemetryAttributes.PAYMENT_METHOD, order.getPaymentMethod());
            long started = System.nanoTime();
            PaymentAttempt attempt = payment.charge(order.getId(), order.getAmount(), order.getPaymentMethod());
            metrics.paymentCompleted(secondsSince(started), order.getPaymentMethod(), attempt.outcome().attributeValue());
            if (!attempt.approved()) {
                // A timeout leaves the charge unknown: the order stays PENDING, its stock reserved, until the sweeper
                // asks the payment service whether it charged (PendingOrderSweeper). Any other failure is final.
                if (attempt.outcome() != PaymentOutcome.TIMEOUT) {
                    giveBack(order);
                }
                throw attempt.failure();
            }
            span.setAttribute(TelemetryAttributes.PAYMENT_TRANSACTION_ID, attempt.transactionId());
            return attempt.transactionId();
        });
    }

    private void giveBack(Order order) {
        try {
            orders.markFailed(order.getId());
            metrics.orderPlaced(OrderStatus.FAILED.name(), order.getPaymentMethod(), order.getAmount());
        } catch (RuntimeException e) {
            // The caller still gets the payment failure; this order stays PENDING with its stock reserved.
            LOG.log(Level.SEVERE, "Order " + order.getId() + " could not be marked FAILED", e);
        }
    }

    /** An order refused for lack of stock is a short, fixed description; any other failure its message. */
    private static String statusDescription(RuntimeException failure) {
        return failure instanceof OutOfStockException ? OutOfStockException.SPAN_DESCRIPTION : failure.getMessage();
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
