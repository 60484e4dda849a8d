package org.example.observable.orders.payment;

import jakarta.ws.rs.core.Response;

public class PaymentDeclinedException extends PaymentFailedException {

    PaymentDeclinedException(long orderId, Throwable cause) {
        super(Response.Status.PAYMENT_REQUIRED, "The payment for order " + orderId + " was declined", cause);
    }

    @Override
    public String outcome() {
        return "declined";
    }
}
