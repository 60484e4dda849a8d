package org.example.observable.payments;

import org.example.observable.web.ApiException;

public class AuthorizationDeclinedException extends ApiException {

    AuthorizationDeclinedException() {
        super(Kind.PAYMENT_DECLINED, "The payment was declined");
    }
}
