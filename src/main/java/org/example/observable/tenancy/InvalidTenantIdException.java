package org.example.observable.tenancy;

import java.util.List;
import org.example.observable.web.ApiException;
import org.example.observable.web.Problem;

/** An {@code X-Tenant-ID} header that breaks the tenant id rule. */
public class InvalidTenantIdException extends ApiException {

    InvalidTenantIdException() {
        super(Kind.INVALID_INPUT, "X-Tenant-ID must be 1-63 lower-case letters, digits or '-', not starting with '-'");
    }

    @Override
    public List<Problem.FieldError> fieldErrors() {
        return List.of(new Problem.FieldError(TenantContextFilter.HEADER, "must match ^[a-z0-9][a-z0-9-]{0,62}$"));
    }
}
