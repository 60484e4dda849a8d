package org.example.observable.orders;

import org.example.observable.web.ApiException;

public class UnknownProductException extends ApiException {

    UnknownProductException(long productId) {
        super(Kind.NOT_FOUND, "No product " + productId);
    }
}
