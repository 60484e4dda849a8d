package org.example.observable.orders.payment;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

/** The payment of an order did not go through; the order is FAILED and its stock given back. */
public abstract class PaymentFailedException extends ApiException {

    PaymentFailedException(Response.Status status, String detail, Throwable cause) {
        super(status, detail);
        if (cause != null) {
            initCause(cause);
        }
    }

    /** declined | error | timeout: the payment.outcome metric attribute. */
    public abstract String outcome();
}
