package org.example.observable.posts;

import java.util.Locale;
import java.util.Optional;

/** Case-insensitive "title contains" as a LIKE pattern whose wildcards come only from us (escape char '\'). */
final class TitleSearch {

    private TitleSearch() {
    }

    static Optional<String> likePattern(String search) {
        if (search == null || search.isBlank()) {
            return Optional.empty();
        }
        if (search.indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold U+0000: the query would fail (500) instead of matching nothing.
            throw new InvalidPageRequestException("search", "must not contain the character U+0000");
        }
        String escaped = search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return Optional.of("%" + escaped + "%");
    }
}
