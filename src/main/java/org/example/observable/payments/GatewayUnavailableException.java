package org.example.observable.payments;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class GatewayUnavailableException extends ApiException {

    GatewayUnavailableException() {
        super(Response.Status.SERVICE_UNAVAILABLE, "The payment gateway is unavailable, try again later");
    }
}
