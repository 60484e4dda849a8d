package org.example.observable.telemetry.http;

/**
 * Reads what the nearest proxy wrote: RFC 7239's {@code Forwarded} ({@code for=192.0.2.60;proto=http, for=...}) and
 * the {@code X-Forwarded-*} lists. Only the first element counts: the client as the first proxy saw it.
 */
final class ForwardedHeader {

    private ForwardedHeader() {
    }

    /** The value of {@code parameter} in the first element of a {@code Forwarded} header, or null. */
    static String value(String forwarded, String parameter) {
        if (forwarded == null) {
            return null;
        }
        String element = first(forwarded);
        if (element == null) {
            return null;
        }
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase(parameter)) {
                String value = pair.substring(equals + 1).strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The first element of a comma-separated header, or null when it is empty. */
    static String first(String list) {
        int comma = list.indexOf(',');
        String first = (comma < 0 ? list : list.substring(0, comma)).strip();
        return first.isEmpty() ? null : first;
    }
}
