package org.example.observable.payments;

import org.example.observable.web.ApiException;

/** A call to an internal endpoint without the service credential, or with another one. */
public class ServiceCredentialRejectedException extends ApiException {

    public ServiceCredentialRejectedException() {
        super(Kind.UNAUTHENTICATED, "This endpoint is for the order service only");
    }
}
