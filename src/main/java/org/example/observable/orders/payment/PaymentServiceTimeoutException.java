package org.example.observable.orders.payment;

public class PaymentServiceTimeoutException extends PaymentFailedException {

    PaymentServiceTimeoutException(long orderId, Throwable cause) {
        super(PaymentOutcome.TIMEOUT, "The payment service did not answer in time for order " + orderId
                + ": the order stays PENDING until the payment service's answer is known", cause);
    }
}
