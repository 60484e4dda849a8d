package org.example.observable.telemetry.http;

/**
 * A host with its port, as a {@code Host} header or a proxy header writes it: {@code example.com:8080},
 * {@code [2001:db8::1]:443}, {@code 203.0.113.9}, quoted or not. The host comes without brackets; the port is -1 when
 * none is written (or it is not a number).
 */
record HostAndPort(String host, int port) {

    /** A header's text with what {@link #parse} made of it (null when it holds no host). */
    record Parsed(String text, HostAndPort hostAndPort) {
    }

    /** Null when there is no host. */
    static HostAndPort parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.length() >= 2 && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"') {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            return null;
        }
        if (text.charAt(0) == '[') {
            int close = text.indexOf(']');
            if (close < 0) {
                return null;
            }
            String host = text.substring(1, close);
            int port = close + 1 < text.length() && text.charAt(close + 1) == ':' ? port(text.substring(close + 2)) : -1;
            return host.isEmpty() ? null : new HostAndPort(host, port);
        }
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            return new HostAndPort(text, -1);
        }
        String host = text.substring(0, colon);
        return host.isEmpty() ? null : new HostAndPort(host, port(text.substring(colon + 1)));
    }

    private static int port(String digits) {
        if (digits.isEmpty() || digits.length() > 5) {
            return -1;
        }
        int port = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            port = port * 10 + (c - '0');
        }
        return port > 0 && port <= 65535 ? port : -1;
    }
}
