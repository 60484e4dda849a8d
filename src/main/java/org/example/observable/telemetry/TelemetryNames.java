package org.example.observable.telemetry;

import org.example.observable.telemetry.http.HttpTelemetryNames;
import org.example.observable.telemetry.metrics.ApplicationMetrics;
import org.example.observable.telemetry.metrics.OrderMetrics;

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
    public static final String DB_CONNECTION_STRING = "db.connection_string";
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
    public static final String CONFIG_DB_SPANS_ENABLED = "telemetry.db.spans.enabled";
    public static final String CONFIG_DB_SQLCOMMENTER_ENABLED = "telemetry.db.sqlcommenter.enabled";
    public static final String CONFIG_EXCLUDED_URLS = HttpTelemetryNames.EXCLUDED_URLS_KEY;
    public static final String CONFIG_HTTP_REQUEST_HEADERS = HttpTelemetryNames.REQUEST_HEADERS_KEY;

    // --- Log fields added to Liberty's JSON console / messages.log (TraceContextLogFields) ---
    public static final String LOG_FIELD_TRACE_ID = "ext_traceId";
    public static final String LOG_FIELD_SPAN_ID = "ext_spanId";

    // --- Orders and payments ---
    public static final String SPAN_CREATE_ORDER = "create_order";
    public static final String SPAN_CHECK_INVENTORY = "check_inventory";
    public static final String SPAN_PROCESS_PAYMENT = "process_payment";
    public static final String EVENT_ORDER_CREATED = "order.created";
    public static final String ORDER_ID = "order.id";
    public static final String ORDER_TYPE = "order.type";
    public static final String ORDER_AMOUNT = "order.amount";
    public static final String ORDER_QUANTITY = "order.quantity";
    public static final String ORDER_STATUS = "order.status";
    public static final String PRODUCT_ID = "product.id";
    public static final String INVENTORY_AVAILABLE = "inventory.available";
    public static final String PAYMENT_METHOD = "payment.method";
    public static final String PAYMENT_TRANSACTION_ID = "payment.transaction_id";
    public static final String PAYMENT_IDEMPOTENCY_KEY = "payment.idempotency_key";
    /** approved | declined | error | timeout, on app.payment.duration. */
    public static final String PAYMENT_OUTCOME = "payment.outcome";
    /** Baggage key (set by the tenant filter from X-Tenant-ID) and span attribute on the payment SERVER span. */
    public static final String TENANT_ID = "tenant.id";
    public static final String APP_ORDERS_PLACED = OrderMetrics.ORDERS_PLACED;
    public static final String APP_ORDER_AMOUNT = OrderMetrics.ORDER_AMOUNT;
    public static final String APP_PAYMENT_DURATION = OrderMetrics.PAYMENT_DURATION;
    public static final String CONFIG_PAYMENT_SERVICE_URL = "payment.service.url";
    public static final String CONFIG_PAYMENT_CONNECT_TIMEOUT_MS = "payment.service.connect.timeout.ms";
    public static final String CONFIG_PAYMENT_READ_TIMEOUT_MS = "payment.service.read.timeout.ms";
    public static final String CONFIG_PAYMENT_FAULT_LATENCY_MS = "payment.fault.latency.ms";
    public static final String CONFIG_PAYMENT_FAULT_FAILURE_RATE = "payment.fault.failure.rate";
    public static final String CONFIG_PAYMENT_FAULT_SLOW_MS = "payment.fault.slow.ms";
    // --- Business flows ---
    // Welcome message sent in the background after a committed registration (notifications).
    public static final String SPAN_SEND_EMAIL = "send_email";
    /** The relay's delivery of one outbox message (CONSUMER), linked to the {@code send_email} span that wrote it. */
    public static final String SPAN_DELIVER_EMAIL = "deliver_email";
    /** Which attempt this delivery is, from 1. */
    public static final String EMAIL_DELIVERY_ATTEMPT = "email.delivery.attempt";
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
