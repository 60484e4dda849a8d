package org.example.observable.telemetry;

import org.example.observable.telemetry.http.HttpTelemetryNames;
import org.example.observable.telemetry.metrics.ApplicationMetrics;

/**
 * Every span name, attribute key, metric name and configuration key this service defines or relies on, in one
 * place (names owned by the http and metrics packages are referenced, not copied). docs/telemetry.md mirrors
 * this class: change both together. Semantic-convention names are used
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

    // --- HTTP server span and metrics: Liberty, plus telemetry.http (names defined there, indexed here) ---
    public static final String HTTP_SERVER_REQUEST_DURATION = "http.server.request.duration";
    public static final String HTTP_REQUEST_METHOD = HttpTelemetryNames.HTTP_REQUEST_METHOD;
    public static final String HTTP_ROUTE = HttpTelemetryNames.HTTP_ROUTE;
    public static final String HTTP_RESPONSE_STATUS_CODE = HttpTelemetryNames.HTTP_RESPONSE_STATUS_CODE;
    public static final String URL_SCHEME = HttpTelemetryNames.URL_SCHEME;
    /** Prefix of captured request headers; the lower-case header name follows. */
    public static final String HTTP_REQUEST_HEADER_PREFIX = HttpTelemetryNames.REQUEST_HEADER_PREFIX;
    public static final String HTTP_SERVER_ACTIVE_REQUESTS = HttpTelemetryNames.ACTIVE_REQUESTS;
    public static final String HTTP_SERVER_RESPONSE_BODY_SIZE = HttpTelemetryNames.RESPONSE_BODY_SIZE;

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

    // --- Application metrics (telemetry.metrics, names defined there, indexed here) ---
    public static final String APP_USERS_REGISTERED = ApplicationMetrics.USERS_REGISTERED;
    public static final String APP_POSTS_CREATED = ApplicationMetrics.POSTS_CREATED;
    public static final String APP_VOTES_CAST = ApplicationMetrics.VOTES_CAST;

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
    public static final String CONFIG_EXCLUDED_URLS = HttpTelemetryNames.EXCLUDED_URLS_KEY;
    public static final String CONFIG_HTTP_REQUEST_HEADERS = HttpTelemetryNames.REQUEST_HEADERS_KEY;

    // --- Log fields added to Liberty's JSON console / messages.log (TraceContextLogFields) ---
    public static final String LOG_FIELD_TRACE_ID = "ext_traceId";
    public static final String LOG_FIELD_SPAN_ID = "ext_spanId";

    // --- Business flows ---
    // Welcome message sent in the background after a committed registration (notifications).
    public static final String SPAN_SEND_EMAIL = "send_email";
    /** The recipient's domain only (example.com); the address itself is never recorded. */
    public static final String EMAIL_DOMAIN = "email.domain";
    public static final String MESSAGE_LENGTH = "message.length";
    // Bulk import of posts (bulkimport): one span, one event per chunk.
    public static final String SPAN_PROCESS_DATASET = "process_dataset";
    public static final String DATASET_SIZE = "dataset.size";
    public static final String DATASET_PROCESSED = "dataset.processed";
    public static final String DATASET_IMPORTED = "dataset.imported";
    public static final String DATASET_FAILED = "dataset.failed";
    public static final String EVENT_CHUNK_PROCESSED = "chunk.processed";
    public static final String EVENT_CHUNK_FAILED = "chunk.failed";
    public static final String CHUNK_INDEX = "chunk.index";
    public static final String CHUNK_SIZE = "chunk.size";
    public static final String TOTAL_PROCESSED = "total.processed";
    // Identity (auth): log-in span, token validation span, the user on the request span.
    public static final String SPAN_USER_LOGIN = "user.login";
    public static final String SPAN_AUTH_VALIDATE_TOKEN = "auth.validate_token";
    public static final String ENDUSER_ID = "enduser.id";
    public static final String AUTH_SUCCESS = "auth.success";
    // Viewing a post (posts), on the request span.
    public static final String POST_ID = "post.id";
    public static final String POST_FOUND = "post.found";
    public static final String POST_AUTHOR_ID = "post.author_id";
    public static final String POST_PUBLISHED = "post.published";
    public static final String USER_ACTION = "user.action";
    public static final String USER_ACTION_VIEW_POST = "view_post";
    // Multi-tenancy (tenancy): the X-Tenant-ID header as a request span attribute and as W3C baggage.
    public static final String TENANT_ID = "tenant.id";
    public static final String BAGGAGE_TENANT_ID = "tenant.id";
    // Outbound external API (external).
    public static final String SPAN_EXTERNAL_API_CALL = "external_api_call";
    /** The called URL without user info, query or fragment; {@link #HTTP_URL} repeats it in the guide's older name. */
    public static final String URL_FULL = "url.full";
    public static final String HTTP_URL = "http.url";
    public static final String EXTERNAL_API_NAME = "external.api.name";
    public static final String CONFIG_EXTERNAL_API_URL = "external.api.url";
    public static final String CONFIG_EXTERNAL_API_CONNECT_TIMEOUT = "external.api.connect.timeout.ms";
    public static final String CONFIG_EXTERNAL_API_READ_TIMEOUT = "external.api.read.timeout.ms";
}
