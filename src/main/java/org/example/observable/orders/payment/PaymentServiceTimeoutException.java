package org.example.observable.orders.payment;

import jakarta.ws.rs.core.Response;

public class PaymentServiceTimeoutException extends PaymentFailedException {

    PaymentServiceTimeoutException(long orderId, Throwable cause) {
        super(Response.Status.GATEWAY_TIMEOUT, "The payment service did not answer in time for order " + orderId, cause);
    }

    @Override
    public String outcome() {
        return "timeout";
    }
}
