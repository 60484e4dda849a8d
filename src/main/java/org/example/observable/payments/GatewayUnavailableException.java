package org.example.observable.payments;

import org.example.observable.web.ApiException;

public class GatewayUnavailableException extends ApiException {

    GatewayUnavailableException() {
        super(Kind.UNAVAILABLE, "The payment gateway is unavailable, try again later");
    }
}
