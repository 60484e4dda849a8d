package org.example.observable.payments;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class PaymentDeclinedException extends ApiException {

    PaymentDeclinedException() {
        super(Response.Status.PAYMENT_REQUIRED, "The payment was declined");
    }
}
