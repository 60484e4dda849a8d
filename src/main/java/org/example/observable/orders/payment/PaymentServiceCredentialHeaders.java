package org.example.observable.orders.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.example.observable.payments.ServiceCredential;

/** Sends the payment service's credential on every call of {@link PaymentClient}; nothing of the incoming request. */
@ApplicationScoped
public class PaymentServiceCredentialHeaders implements ClientHeadersFactory {

    @Inject
    ServiceCredential credential;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, credential.header());
        return headers;
    }
}
