package org.example.observable.orders.payment;

import jakarta.ws.rs.core.Response;

public class PaymentServiceFailedException extends PaymentFailedException {

    PaymentServiceFailedException(long orderId, String why, Throwable cause) {
        super(Response.Status.BAD_GATEWAY, "The payment service failed for order " + orderId + ": " + why, cause);
    }

    @Override
    public String outcome() {
        return "error";
    }
}
