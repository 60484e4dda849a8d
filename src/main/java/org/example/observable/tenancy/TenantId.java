package org.example.observable.tenancy;

import java.util.regex.Pattern;

/** The tenant id rule: safe as a span attribute, a baggage value and a path segment. */
final class TenantId {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private TenantId() {
    }

    static boolean isValid(String tenantId) {
        return tenantId != null && VALID.matcher(tenantId).matches();
    }
}
