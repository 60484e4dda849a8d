package org.example.observable.telemetry.http;

import java.util.Arrays;
import java.util.List;

/** Path prefixes whose requests must not be traced. Matching is a plain prefix test: no allocation. */
public final class ExcludedUrls {

    private final String[] prefixes;

    private ExcludedUrls(String[] prefixes) {
        this.prefixes = prefixes;
    }

    /** Comma-separated prefixes, each starting with {@code /}; blanks are ignored, a blank list excludes nothing. */
    public static ExcludedUrls parse(String commaSeparated) {
        if (commaSeparated == null) {
            return new ExcludedUrls(new String[0]);
        }
        String[] prefixes = Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(prefix -> !prefix.isEmpty())
                .map(prefix -> prefix.startsWith("/") ? prefix : "/" + prefix)
                .distinct()
                .toArray(String[]::new);
        return new ExcludedUrls(prefixes);
    }

    public boolean excludes(String path) {
        if (path == null) {
            return false;
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return prefixes.length == 0;
    }

    public List<String> prefixes() {
        return List.of(prefixes);
    }
}
