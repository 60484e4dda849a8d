package org.example.observable.tenancy;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;

/**
 * Puts a valid {@code X-Tenant-ID} on the request span and into the current baggage until the response.
 * {@link Span#current()} is the request's SERVER span ({@code telemetry.http.HttpServerTelemetryFilter}). A JAX-RS pair:
 * the response filter closes the baggage's scope, so it cannot leak the tenant onto the pooled thread.
 */
@Provider
@Dependent
@Priority(Priorities.USER)
public class TenantContextFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "X-Tenant-ID";
    private static final String SCOPE_PROPERTY = TenantContextFilter.class.getName() + ".scope";

    @Override
    public void filter(ContainerRequestContext request) {
        String tenantId = request.getHeaderString(HEADER);
        if (tenantId == null) {
            return;
        }
        if (!TenantId.isValid(tenantId)) {
            throw new InvalidTenantIdException();
        }
        Span.current().setAttribute(TelemetryAttributes.TENANT_ID, tenantId);
        Scope scope = Baggage.current().toBuilder().put(TelemetryNames.TENANT_ID, tenantId).build().makeCurrent();
        request.setProperty(SCOPE_PROPERTY, scope);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SCOPE_PROPERTY) instanceof Scope scope) {
            request.removeProperty(SCOPE_PROPERTY);
            scope.close();
        }
    }
}
