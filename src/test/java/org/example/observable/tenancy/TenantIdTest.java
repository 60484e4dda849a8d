package org.example.observable.tenancy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void lowerCaseLettersDigitsAndDashesAreValid() {
        assertTrue(TenantId.isValid("acme"));
        assertTrue(TenantId.isValid("tenant-42"));
        assertTrue(TenantId.isValid("0"));
        assertTrue(TenantId.isValid("a".repeat(63)));
    }

    @Test
    void upperCaseUnderscoresAndSeparatorsAreInvalid() {
        assertFalse(TenantId.isValid("Acme"));
        assertFalse(TenantId.isValid("acme_corp"));
        assertFalse(TenantId.isValid("acme,tenant.id=evil"));
        assertFalse(TenantId.isValid("acme corp"));
    }

    @Test
    void aLeadingDashEmptyAndOverlongAreInvalid() {
        assertFalse(TenantId.isValid("-acme"));
        assertFalse(TenantId.isValid(""));
        assertFalse(TenantId.isValid(null));
        assertFalse(TenantId.isValid("a".repeat(64)));
    }
}
