package org.example.observable.payments;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Admits {@link InternalCallersOnly} requests only with the {@link ServiceCredential}; 401 problem otherwise. */
@Provider
@InternalCallersOnly
@Priority(Priorities.AUTHENTICATION)
@Dependent
public class ServiceCredentialFilter implements ContainerRequestFilter {

    @Inject
    ServiceCredential credential;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!credential.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            throw new ServiceCredentialRejectedException();
        }
    }
}
