package org.example.observable.orders.payment;

/** The result of one payment attempt: its outcome, and the transaction id when approved or the failure otherwise. */
public record PaymentAttempt(PaymentOutcome outcome, String transactionId, PaymentFailedException failure) {

    static PaymentAttempt approved(String transactionId) {
        return new PaymentAttempt(PaymentOutcome.APPROVED, transactionId, null);
    }

    static PaymentAttempt failed(PaymentFailedException failure) {
        return new PaymentAttempt(failure.outcome(), null, failure);
    }

    public boolean approved() {
        return outcome == PaymentOutcome.APPROVED;
    }
}
