package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcludedUrlsTest {

    private final ExcludedUrls defaults = ExcludedUrls.parse(HttpServerTelemetryFilter.DEFAULT_EXCLUDED_URLS);

    @Test
    void defaultsExcludeHealthOpenApiAndMetricsWithEverythingBelowThem() {
        for (String path : List.of("/health", "/health/ready", "/health/live", "/openapi", "/openapi/ui", "/metrics")) {
            assertTrue(defaults.excludes(path), path + " must be excluded");
        }
    }

    @Test
    void defaultsKeepTheApiTraced() {
        for (String path : List.of("/api/posts/1", "/api/health", "/", "/apihealth")) {
            assertFalse(defaults.excludes(path), path + " must stay traced");
        }
    }

    @Test
    void entriesAreTrimmedAndGivenALeadingSlash() {
        ExcludedUrls urls = ExcludedUrls.parse(" /internal , status,, ");
        assertEquals(List.of("/internal", "/status"), urls.prefixes());
        assertTrue(urls.excludes("/status/db"));
    }

    @Test
    void blankOrMissingSettingExcludesNothing() {
        assertTrue(ExcludedUrls.parse("").isEmpty());
        assertTrue(ExcludedUrls.parse(null).isEmpty());
        assertFalse(ExcludedUrls.parse(" ").excludes("/health"));
    }

    @Test
    void nullPathIsNotExcluded() {
        assertFalse(defaults.excludes(null));
    }
}
