package org.example.observable.orders;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.observable.orders.payment.PaymentCall;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.telemetry.metrics.OrderMetrics;

/**
 * Settles orders left PENDING longer than {@code orders.pending.max.age.seconds}, which happens when the JVM dies
 * between an order's two transactions: every {@code orders.sweeper.interval.ms} it asks the payment service by the
 * idempotency key (the order id) whether the charge happened, and makes the order PAID or FAILED (stock back), so
 * neither stock nor money is lost. Each order in its own transaction and {@code settle_pending_order} span; rows are
 * locked {@code SKIP LOCKED}, so sweepers of several instances never settle one order twice.
 */
@ApplicationScoped
public class PendingOrderSweeper {

    private static final Logger LOG = Logger.getLogger(PendingOrderSweeper.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrderService orders;

    @Inject
    PaymentCall payment;

    @Inject
    OrderMetrics metrics;

    @Inject
    ApplicationSpans spans;

    @Inject
    @ConfigProperty(name = "orders.pending.max.age.seconds", defaultValue = "300")
    long maxAgeSeconds;

    @Inject
    @ConfigProperty(name = "orders.sweeper.interval.ms", defaultValue = "60000")
    long intervalMillis;

    private ScheduledFuture<?> running;

    void start(@Observes Startup startup) {
        running = scheduler.scheduleWithFixedDelay(this::sweep, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }

    void sweep() {
        try {
            OffsetDateTime cutOff = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(maxAgeSeconds);
            for (long orderId : orders.pendingSince(cutOff, BATCH)) {
                settle(orderId);
            }
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // Caught whatever it is: anything escaping a task of scheduleWithFixedDelay cancels every later run, silently.
            LOG.log(Level.WARNING, "Pending orders could not be listed; the sweeper tries again in " + intervalMillis + " ms", e);
        }
    }

    private void settle(long orderId) {
        try {
            spans.run(TelemetryNames.SPAN_SETTLE_PENDING_ORDER, span -> {
                span.setAttribute(TelemetryAttributes.ORDER_ID, orderId);
                Optional<Order> settled = orders.settlePending(orderId, payment::chargeOf);
                settled.ifPresent(order -> {
                    span.setAttribute(TelemetryAttributes.ORDER_STATUS, order.getStatus().name());
                    metrics.orderPlaced(order.getStatus().name(), order.getPaymentMethod(), order.getAmount());
                });
            });
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // Recorded on the span; the order stays PENDING for the next sweep.
            LOG.log(Level.WARNING, "Pending order " + orderId + " not settled; retried at the next sweep: " + e.getMessage());
        }
    }
}
