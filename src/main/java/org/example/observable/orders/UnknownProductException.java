package org.example.observable.orders;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class UnknownProductException extends ApiException {

    UnknownProductException(long productId) {
        super(Response.Status.NOT_FOUND, "No product " + productId);
    }
}
