package org.example.observable.telemetry.metrics;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;

/**
 * Orders and payments. Attribute values are bounded: the order status, the (validated) payment method and the
 * payment outcome; never ids.
 */
@ApplicationScoped
public class OrderMetrics {

    @Inject
    OpenTelemetry openTelemetry;

    private LongCounter ordersPlaced;
    private DoubleHistogram orderAmount;
    private DoubleHistogram paymentDuration;

    @PostConstruct
    void buildInstruments() {
        Meter meter = openTelemetry.getMeter(TelemetryNames.INSTRUMENTATION_SCOPE);
        ordersPlaced = meter.counterBuilder(TelemetryNames.APP_ORDERS_PLACED)
                .setDescription("Orders that reached a final status after their payment (PAID or FAILED).")
                .setUnit("{order}")
                .build();
        orderAmount = meter.histogramBuilder(TelemetryNames.APP_ORDER_AMOUNT)
                .setDescription("Amount of paid orders.")
                .setUnit("{USD}")
                .setExplicitBucketBoundariesAdvice(List.of(5.0, 10.0, 25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 5000.0))
                .build();
        paymentDuration = meter.histogramBuilder(TelemetryNames.APP_PAYMENT_DURATION)
                .setDescription("Duration of calls to the payment service, failures and timeouts included.")
                .setUnit("s")
                .setExplicitBucketBoundariesAdvice(List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0))
                .build();
    }

    public void orderPlaced(String status, String paymentMethod, BigDecimal amount) {
        ordersPlaced.add(1, Attributes.of(TelemetryAttributes.ORDER_STATUS, status, TelemetryAttributes.PAYMENT_METHOD, paymentMethod));
        if ("PAID".equals(status)) {
            orderAmount.record(amount.doubleValue(), Attributes.of(TelemetryAttributes.PAYMENT_METHOD, paymentMethod));
        }
    }

    public void paymentCompleted(double seconds, String paymentMethod, String outcome) {
        paymentDuration.record(seconds, Attributes.of(TelemetryAttributes.PAYMENT_METHOD, paymentMethod, TelemetryAttributes.PAYMENT_OUTCOME, outcome));
    }
}
