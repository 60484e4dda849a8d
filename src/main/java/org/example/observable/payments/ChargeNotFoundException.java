package org.example.observable.payments;

import org.example.observable.web.ApiException;

/** No approved charge was made under the idempotency key. */
public class ChargeNotFoundException extends ApiException {

    public ChargeNotFoundException() {
        super(Kind.NOT_FOUND, "No charge was made under this idempotency key");
    }
}
