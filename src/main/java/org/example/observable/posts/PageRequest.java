package org.example.observable.posts;

/**
 * The paging rule, applied to the raw query parameters so that non-numbers are a 400 and not JAX-RS's 404:
 * limit 1..100 (default 10; larger values are capped), skip 0 or more (default 0).
 */
public record PageRequest(int limit, int skip) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    public static PageRequest of(String limit, String skip) {
        int parsedLimit = parse("limit", limit, DEFAULT_LIMIT);
        int parsedSkip = parse("skip", skip, 0);
        if (parsedLimit < 1) {
            throw new InvalidPageRequestException("limit", "must be at least 1");
        }
        if (parsedSkip < 0) {
            throw new InvalidPageRequestException("skip", "must not be negative");
        }
        return new PageRequest(Math.min(parsedLimit, MAX_LIMIT), parsedSkip);
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidPageRequestException(name, "must be a whole number");
        }
    }
}
