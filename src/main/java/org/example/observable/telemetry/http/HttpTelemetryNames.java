package org.example.observable.telemetry.http;

/**
 * Metric, attribute and configuration names used by this package (OpenTelemetry semantic conventions 1.32);
 * to be folded into the project's telemetry catalogue.
 */
public final class HttpTelemetryNames {

    public static final String ACTIVE_REQUESTS = "http.server.active_requests";
    public static final String RESPONSE_BODY_SIZE = "http.server.response.body.size";

    public static final String HTTP_REQUEST_METHOD = "http.request.method";
    public static final String HTTP_ROUTE = "http.route";
    public static final String HTTP_RESPONSE_STATUS_CODE = "http.response.status_code";
    public static final String URL_SCHEME = "url.scheme";
    /** Followed by the lower-case header name, e.g. {@code http.request.header.user-agent}. */
    public static final String REQUEST_HEADER_PREFIX = "http.request.header.";

    /** MP Config keys; environment variables TELEMETRY_EXCLUDED_URLS and TELEMETRY_HTTP_REQUEST_HEADERS. */
    public static final String EXCLUDED_URLS_KEY = "telemetry.excluded.urls";
    public static final String EXCLUDED_URLS_DEFAULT = "/health,/openapi,/metrics";
    public static final String REQUEST_HEADERS_KEY = "telemetry.http.request.headers";
    public static final String REQUEST_HEADERS_DEFAULT = "content-type,user-agent";

    private HttpTelemetryNames() {
    }
}
