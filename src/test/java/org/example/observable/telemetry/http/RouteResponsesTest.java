package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import org.example.observable.telemetry.http.HttpServerMetricsFilter.RouteResponses;
import org.junit.jupiter.api.Test;

/**
 * A resource method's response attributes without a key built per request: the latest response's are reused, and a
 * response of another method, scheme or status gets its own, exactly.
 */
class RouteResponsesTest {

    private final HttpServerMetrics metrics = new HttpServerMetrics();
    private final RouteResponses route = new RouteResponses("/api/posts/{id}");

    private static Attributes expected(String method, String scheme, long status) {
        return Attributes.builder()
                .put(AttributeKey.stringKey("http.request.method"), method)
                .put(AttributeKey.stringKey("url.scheme"), scheme)
                .put(AttributeKey.longKey("http.response.status_code"), status)
                .put(AttributeKey.stringKey("http.route"), "/api/posts/{id}")
                .build();
    }

    @Test
    void theSameResponseAgainGetsTheSameAttributes() {
        Attributes first = route.attributes("GET", "http", 200, metrics);
        assertEquals(expected("GET", "http", 200), first);
        assertSame(first, route.attributes("GET", "http", 200, metrics));
    }

    @Test
    void anotherStatusMethodOrSchemeGetsItsOwn() {
        route.attributes("GET", "http", 200, metrics);
        assertEquals(expected("GET", "http", 404), route.attributes("GET", "http", 404, metrics));
        assertEquals(expected("DELETE", "http", 404), route.attributes("DELETE", "http", 404, metrics));
        assertEquals(expected("DELETE", "https", 404), route.attributes("DELETE", "https", 404, metrics));
        assertEquals(expected("GET", "http", 200), route.attributes("GET", "http", 200, metrics));
    }

    @Test
    void anUnknownMethodIsReportedAsOther() {
        assertEquals(expected("_OTHER", "http", 405), route.attributes("PROPFIND", "http", 405, metrics));
    }
}
