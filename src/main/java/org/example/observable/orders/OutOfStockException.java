package org.example.observable.orders;

import org.example.observable.web.ApiException;

public class OutOfStockException extends ApiException {

    /** The span status description of an order refused for lack of stock. */
    static final String SPAN_DESCRIPTION = "Out of stock";

    OutOfStockException(long productId, int quantity) {
        super(Kind.CONFLICT, "Out of stock: product " + productId + " has fewer than " + quantity + " items left");
    }
}
