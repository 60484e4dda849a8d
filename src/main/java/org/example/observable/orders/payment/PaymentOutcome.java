package org.example.observable.orders.payment;

/**
 * How one payment attempt ended, decided once by {@link PaymentCall}: the {@code payment.outcome} metric attribute,
 * the span status of {@code process_payment} and the problem answer of a failed order all follow from it.
 */
public enum PaymentOutcome {
    APPROVED("approved"),
    /** The payment service refused the payment (it answered 402). */
    DECLINED("declined"),
    /** The payment service answered another error, could not be reached, or answered without a transaction id. */
    ERROR("error"),
    /** No answer within the configured timeout; the payment may still have been approved remotely. */
    TIMEOUT("timeout");

    private final String attributeValue;

    PaymentOutcome(String attributeValue) {
        this.attributeValue = attributeValue;
    }

    /** The value of {@code payment.outcome}. */
    public String attributeValue() {
        return attributeValue;
    }
}
