package org.example.observable.orders;

import jakarta.ws.rs.core.Response;

public class PaymentServiceTimeoutException extends PaymentFailedException {

    PaymentServiceTimeoutException(long orderId, Throwable cause) {
        super(Response.Status.GATEWAY_TIMEOUT, "The payment service did not answer in time for order " + orderId, cause);
    }

    @Override
    String outcome() {
        return "timeout";
    }
}
