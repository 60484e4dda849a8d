package org.example.observable.orders.payment;

import org.example.observable.web.ApiException;

/**
 * The payment of an order did not go through; the order is FAILED and its stock given back. The subclasses name
 * the failure (and so the recorded {@code exception.type}); each has one {@link PaymentOutcome}.
 */
public abstract class PaymentFailedException extends ApiException {

    private final PaymentOutcome outcome;

    PaymentFailedException(PaymentOutcome outcome, String detail, Throwable cause) {
        super(kindOf(outcome), detail, cause);
        this.outcome = outcome;
    }

    public PaymentOutcome outcome() {
        return outcome;
    }

    /** The one mapping of a failed payment to the order's answer (402, 502, 504 in the web package). */
    private static Kind kindOf(PaymentOutcome outcome) {
        return switch (outcome) {
            case DECLINED -> Kind.PAYMENT_DECLINED;
            case ERROR -> Kind.UPSTREAM_FAILED;
            case TIMEOUT -> Kind.UPSTREAM_TIMEOUT;
            case APPROVED -> throw new IllegalArgumentException("an approved payment is no failure");
        };
    }
}
