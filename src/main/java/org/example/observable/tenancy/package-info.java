/**
 * Multi-tenancy context: the optional {@code X-Tenant-ID} request header.
 * <p>
 * Rules: a tenant id is 1-63 characters of lower-case letters, digits and '-', not starting with '-'
 * ({@link org.example.observable.tenancy.TenantId}); any other value is answered 400. A valid id becomes the
 * {@code tenant.id} attribute of the request span and the W3C baggage entry {@code tenant.id} for the rest of the
 * request, so every outgoing MicroProfile Rest Client call carries it. The baggage scope opened by the request
 * filter is closed by the response filter of the same request.
 */
package org.example.observable.tenancy;
