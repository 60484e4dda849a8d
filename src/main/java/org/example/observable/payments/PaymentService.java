package org.example.observable.payments;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;

/** Authorizes payments; no database: the stand-in keeps no state. Records its outcome on the SERVER span. */
@ApplicationScoped
public class PaymentService {

    @Inject
    @ConfigProperty(name = "payment.fault.latency.ms", defaultValue = "0")
    String latencyMs;

    @Inject
    @ConfigProperty(name = "payment.fault.failure.rate", defaultValue = "0")
    String failureRate;

    @Inject
    @ConfigProperty(name = "payment.fault.slow.ms", defaultValue = "5000")
    String slowMs;

    @Inject
    ChargeLedger ledger;

    private PaymentFaults faults;

    @PostConstruct
    void readFaults() {
        faults = PaymentFaults.parse(latencyMs, failureRate, slowMs);
    }

    public PaymentResponse authorize(PaymentRequest request, String idempotencyKey) {
        Span span = Span.current();
        span.setAttribute(TelemetryAttributes.PAYMENT_METHOD, request.paymentMethod());
        if (idempotencyKey != null) {
            span.setAttribute(TelemetryAttributes.PAYMENT_IDEMPOTENCY_KEY, idempotencyKey);
        }
        String tenant = Baggage.current().getEntryValue(TelemetryNames.TENANT_ID);
        if (tenant != null) {
            span.setAttribute(TelemetryAttributes.TENANT_ID, tenant);
        }
        if (idempotencyKey != null) {
            var earlier = ledger.transactionOf(idempotencyKey);
            if (earlier.isPresent()) {
                span.setAttribute(TelemetryAttributes.PAYMENT_TRANSACTION_ID, earlier.get());
                return new PaymentResponse(earlier.get(), "approved");
            }
        }
        PaymentMethodRule rule = PaymentMethodRule.of(request.paymentMethod());
        pause(faults.latencyMs() + (rule == PaymentMethodRule.SLOW_GATEWAY ? faults.slowMs() : 0));
        if (rule == PaymentMethodRule.DECLINE) {
            throw new AuthorizationDeclinedException();
        }
        if (rule == PaymentMethodRule.GATEWAY_FAILURE || faults.failsThisCall(ThreadLocalRandom.current()::nextDouble)) {
            throw new GatewayUnavailableException();
        }
        String transactionId = "txn_" + UUID.randomUUID();
        if (idempotencyKey != null) {
            transactionId = ledger.record(idempotencyKey, transactionId, request.amount());
        }
        span.setAttribute(TelemetryAttributes.PAYMENT_TRANSACTION_ID, transactionId);
        return new PaymentResponse(transactionId, "approved");
    }

    /** The charge made under the key, as it was answered; {@link ChargeNotFoundException} when there is none. */
    public PaymentResponse chargeOf(String idempotencyKey) {
        return ledger.transactionOf(idempotencyKey)
                .map(transactionId -> new PaymentResponse(transactionId, "approved"))
                .orElseThrow(ChargeNotFoundException::new);
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
