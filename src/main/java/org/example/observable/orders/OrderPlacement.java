package org.example.observable.orders;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.observable.orders.payment.PaymentCall;
import org.example.observable.orders.payment.PaymentFailedException;
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
    Tracer tracer;

    @Inject
    OrderService orders;

    @Inject
    PaymentCall payment;

    @Inject
    OrderMetrics metrics;

    public OrderResponse place(long userId, OrderRequest request) {
        Span span = tracer.spanBuilder(TelemetryNames.SPAN_CREATE_ORDER).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute(TelemetryNames.ORDER_TYPE, request.orderType());
            span.setAttribute(TelemetryNames.ORDER_QUANTITY, request.quantity().longValue());
            Order order = checkInventory(userId, request);
            span.setAttribute(TelemetryNames.ORDER_AMOUNT, order.getAmount().doubleValue());
            span.setAttribute(TelemetryNames.ORDER_ID, order.getId());
            OrderResponse paid = orders.markPaid(order.getId(), processPayment(order));
            span.addEvent(TelemetryNames.EVENT_ORDER_CREATED,
                    Attributes.of(AttributeKey.longKey(TelemetryNames.ORDER_ID), order.getId()));
            metrics.orderPlaced(OrderStatus.PAID.name(), order.getPaymentMethod(), order.getAmount());
            return paid;
        } catch (OutOfStockException e) {
            span.setStatus(StatusCode.ERROR, OutOfStockException.SPAN_DESCRIPTION);
            throw e;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    private Order checkInventory(long userId, OrderRequest request) {
        Span span = tracer.spanBuilder(TelemetryNames.SPAN_CHECK_INVENTORY).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute(TelemetryNames.PRODUCT_ID, request.productId().longValue());
            Order order = orders.reserve(userId, request);
            span.setAttribute(TelemetryNames.INVENTORY_AVAILABLE, true);
            return order;
        } catch (OutOfStockException e) {
            span.setAttribute(TelemetryNames.INVENTORY_AVAILABLE, false);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Returns the transaction id; on failure marks the order FAILED (stock back) and rethrows. */
    private String processPayment(Order order) {
        Span span = tracer.spanBuilder(TelemetryNames.SPAN_PROCESS_PAYMENT).startSpan();
        long started = System.nanoTime();
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute(TelemetryNames.PAYMENT_METHOD, order.getPaymentMethod());
            String transactionId = payment.charge(order.getId(), order.getAmount(), order.getPaymentMethod());
            metrics.paymentCompleted(secondsSince(started), order.getPaymentMethod(), "approved");
            span.setAttribute(TelemetryNames.PAYMENT_TRANSACTION_ID, transactionId);
            return transactionId;
        } catch (PaymentFailedException e) {
            metrics.paymentCompleted(secondsSince(started), order.getPaymentMethod(), e.outcome());
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getMessage());
            giveBack(order);
            throw e;
        } finally {
            span.end();
        }
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

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
