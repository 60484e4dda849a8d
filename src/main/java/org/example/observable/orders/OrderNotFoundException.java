package org.example.observable.orders;

import org.example.observable.web.ApiException;

/** Also for another user's order: its existence is not revealed. */
public class OrderNotFoundException extends ApiException {

    OrderNotFoundException(long orderId) {
        super(Kind.NOT_FOUND, "No order " + orderId);
    }
}
