package org.example.observable.telemetry;

import java.util.List;

/**
 * Every span name, attribute key, metric name and configuration key this service defines or relies on, in one
 * place. docs/telemetry.md mirrors this class: change both together. Semantic-convention names are used
 * wherever a convention exists; only {@code app.*} metrics and {@code telemetry.*} config keys are our own.
 */
public final class TelemetryNames {

    private TelemetryNames() {
    }

    /** Instrumentation scope of the application's own spans and metrics. */
    public static final String INSTRUMENTATION_SCOPE = "org.example.observable";

    // --- Resource attributes (set in server.env, see docs/telemetry.md "Resource") ---
    public static final String SERVICE_NAME = "service.name";
    public static final String SERVICE_VERSION = "service.version";
    public static final String SERVICE_NAMESPACE = "service.namespace";
    public static final String SERVICE_INSTANCE_ID = "service.instance.id";
    public static final String DEPLOYMENT_ENVIRONMENT_NAME = "deployment.environment.name";
    public static final String HOST_NAME = "host.name";

    // --- HTTP server span and metrics (Liberty; header capture and extra metrics in telemetry.http) ---
    public static final String HTTP_ROUTE = "http.route";
    /** Prefix of captured request headers; the header name follows in lower case. */
    public static final String HTTP_REQUEST_HEADER_PREFIX = "http.request.header.";
    /** Headers captured when TELEMETRY_HTTP_CAPTURED_REQUEST_HEADERS is not set. */
    public static final List<String> DEFAULT_CAPTURED_REQUEST_HEADERS = List.of("content-type", "user-agent");
    /** Path prefixes that get no span (health probes, OpenAPI document, metrics scrapes). */
    public static final List<String> DEFAULT_EXCLUDED_PATH_PREFIXES = List.of("/health", "/openapi", "/metrics");
    public static final String HTTP_SERVER_REQUEST_DURATION = "http.server.request.duration";
    public static final String HTTP_SERVER_ACTIVE_REQUESTS = "http.server.active_requests";
    public static final String HTTP_SERVER_RESPONSE_BODY_SIZE = "http.server.response.body.size";

    // --- Database client spans (telemetry.db, OpenTelemetry JDBC instrumentation 2.6.0-alpha) ---
    public static final String DB_SYSTEM = "db.system";
    public static final String DB_SYSTEM_POSTGRESQL = "postgresql";
    public static final String DB_NAME = "db.name";
    public static final String DB_STATEMENT = "db.statement";
    public static final String DB_OPERATION = "db.operation";
    public static final String DB_SQL_TABLE = "db.sql.table";
    public static final String DB_USER = "db.user";
    public static final String SERVER_ADDRESS = "server.address";
    public static final String SERVER_PORT = "server.port";
    /** Instrumentation scope of the database spans. */
    public static final String JDBC_INSTRUMENTATION_SCOPE = "io.opentelemetry.jdbc";

    // --- Application metrics (telemetry.metrics) ---
    public static final String APP_USERS_REGISTERED = "app.users.registered";
    public static final String APP_POSTS_CREATED = "app.posts.created";
    public static final String APP_VOTES_CAST = "app.votes.cast";

    // --- Configuration keys (MicroProfile Config; the environment variable is the key upper-cased, '.'->'_') ---
    public static final String CONFIG_SDK_DISABLED = "otel.sdk.disabled";
    public static final String CONFIG_SERVICE_NAME = "otel.service.name";
    public static final String CONFIG_RESOURCE_ATTRIBUTES = "otel.resource.attributes";
    public static final String CONFIG_TRACES_SAMPLER = "otel.traces.sampler";
    public static final String CONFIG_TRACES_SAMPLER_ARG = "otel.traces.sampler.arg";
    public static final String CONFIG_TRACES_EXPORTER = "otel.traces.exporter";
    public static final String CONFIG_METRICS_EXPORTER = "otel.metrics.exporter";
    public static final String CONFIG_LOGS_EXPORTER = "otel.logs.exporter";
    public static final String CONFIG_OTLP_ENDPOINT = "otel.exporter.otlp.endpoint";
    public static final String CONFIG_OTLP_PROTOCOL = "otel.exporter.otlp.protocol";
    public static final String CONFIG_OTLP_HEADERS = "otel.exporter.otlp.headers";
    public static final String CONFIG_DB_SQLCOMMENTER_ENABLED = "telemetry.db.sqlcommenter.enabled";
}
