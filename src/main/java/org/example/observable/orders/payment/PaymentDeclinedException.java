package org.example.observable.orders.payment;

public class PaymentDeclinedException extends PaymentFailedException {

    PaymentDeclinedException(long orderId, Throwable cause) {
        super(PaymentOutcome.DECLINED, "The payment for order " + orderId + " was declined", cause);
    }
}
