package org.example.observable.notifications;

import java.util.Locale;

/** The part of an e-mail address that may be recorded: the domain, lower-cased. */
final class EmailDomain {

    static final String UNKNOWN = "unknown";

    private EmailDomain() {
    }

    static String of(String address) {
        if (address == null) {
            return UNKNOWN;
        }
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).strip();
        return domain.isEmpty() ? UNKNOWN : domain.toLowerCase(Locale.ROOT);
    }
}
