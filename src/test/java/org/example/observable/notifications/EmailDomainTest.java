package org.example.observable.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmailDomainTest {

    @Test
    void domainIsThePartAfterTheAtLowerCased() {
        assertEquals("example.com", EmailDomain.of("Jane.Doe@Example.COM"));
    }

    @Test
    void aQuotedLocalPartWithAnAtUsesTheLastAt() {
        assertEquals("example.org", EmailDomain.of("\"a@b\"@example.org"));
    }

    @Test
    void anAddressWithoutDomainIsUnknownNotTheAddress() {
        assertEquals(EmailDomain.UNKNOWN, EmailDomain.of("no-at-sign"));
        assertEquals(EmailDomain.UNKNOWN, EmailDomain.of("trailing@"));
        assertEquals(EmailDomain.UNKNOWN, EmailDomain.of(null));
    }
}
