package org.example.observable.orders.payment;

public class PaymentServiceFailedException extends PaymentFailedException {

    PaymentServiceFailedException(long orderId, String why, Throwable cause) {
        super(PaymentOutcome.ERROR, "The payment service failed for order " + orderId + ": " + why, cause);
    }
}
