package org.example.observable.external;

import java.util.regex.Pattern;

/**
 * The rule for the resource name a caller asks the external API for: it becomes a path segment of the outgoing
 * URL, so only 1 to 32 of {@code a-z}, {@code 0-9} and {@code -}. Checked in code, not in the {@code @Path}: a
 * regular expression there would end up in {@code http.route}.
 */
final class ExternalResourceName {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9-]{1,32}");

    private ExternalResourceName() {
    }

    static String require(String name) {
        if (name == null || !ALLOWED.matcher(name).matches()) {
            throw new UnknownExternalResourceException();
        }
        return name;
    }
}
