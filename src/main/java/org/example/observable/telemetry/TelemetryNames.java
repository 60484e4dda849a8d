package org.example.observable.telemetry;

/**
 * Every span name, event name, attribute key and metric name our code emits, and nothing else: names that Liberty or
 * the OpenTelemetry SDK emit are documented in docs/telemetry.md, configuration keys live with
 * the feature that reads them. docs/telemetry.md mirrors this class; {@code TelemetryCatalogueIT} fails when a
 * constant here is not emitted at the OTLP wire or when our instrumentation scope emits a name not listed here.
 * Semantic-convention names are used wherever a convention exists. Code sets attributes through the typed keys of
 * {@link TelemetryAttributes}, made once from these names.
 */
public final class TelemetryNames {

    private TelemetryNames() {
    }

    /** Instrumentation scope of every span and metric our code makes ({@link ApplicationSpans}, the metrics classes). */
    public static final String INSTRUMENTATION_SCOPE = "org.example.observable";

    // --- HTTP server metrics Liberty does not provide (telemetry.http); also attributes on our spans ---
    public static final String HTTP_SERVER_ACTIVE_REQUESTS = "http.server.active_requests";
    public static final String HTTP_SERVER_RESPONSE_BODY_SIZE = "http.server.response.body.size";
    public static final String HTTP_REQUEST_METHOD = "http.request.method";
    public static final String HTTP_ROUTE = "http.route";
    public static final String HTTP_RESPONSE_STATUS_CODE = "http.response.status_code";
    public static final String URL_SCHEME = "url.scheme";
    /** Prefix of the request headers recorded on the SERVER span; the lower-case header name follows. */
    public static final String HTTP_REQUEST_HEADER_PREFIX = "http.request.header.";

    // --- The HTTP SERVER span of each request (telemetry.http.ServerSpans), semantic conventions 1.25 ---
    /** Scope of the SERVER spans, apart from {@link #INSTRUMENTATION_SCOPE}: Liberty's JAX-RS filter renames them by route. */
    public static final String HTTP_INSTRUMENTATION_SCOPE = "org.example.observable.http";
    /** The method as the request wrote it, when it is none of the nine HTTP methods (then {@link #HTTP_REQUEST_METHOD} is {@code _OTHER}). */
    public static final String HTTP_REQUEST_METHOD_ORIGINAL = "http.request.method_original";
    public static final String URL_PATH = "url.path";
    public static final String URL_QUERY = "url.query";
    public static final String USER_AGENT_ORIGINAL = "user_agent.original";
    /** The first address of {@code Forwarded: for=} or {@code X-Forwarded-For}; absent without a proxy header. */
    public static final String CLIENT_ADDRESS = "client.address";
    public static final String NETWORK_PROTOCOL_VERSION = "network.protocol.version";
    /** The status code of a 5xx answer, or the class of an exception that left the request. */
    public static final String ERROR_TYPE = "error.type";

    // --- The database connection pool, where the persistence unit takes its connections (telemetry.db) ---
    public static final String DB_CLIENT_CONNECTION_COUNT = "db.client.connection.count";
    public static final String DB_CLIENT_CONNECTION_MAX = "db.client.connection.max";
    public static final String DB_CLIENT_CONNECTION_PENDING_REQUESTS = "db.client.connection.pending_requests";
    public static final String DB_CLIENT_CONNECTION_TIMEOUTS = "db.client.connection.timeouts";
    public static final String DB_CLIENT_CONNECTION_WAIT_TIME = "db.client.connection.wait_time";
    public static final String DB_CLIENT_CONNECTION_USE_TIME = "db.client.connection.use_time";
    /** The pool's JNDI name, {@code jdbc/appDb}. */
    public static final String DB_CLIENT_CONNECTION_POOL_NAME = "db.client.connection.pool.name";
    /** {@code used}, on {@link #DB_CLIENT_CONNECTION_COUNT} (the pool's idle connections are not visible from outside it). */
    public static final String DB_CLIENT_CONNECTION_STATE = "db.client.connection.state";

    // --- Database CLIENT spans, one per SQL statement (telemetry.db.StatementSpans), semantic conventions 1.25 ---
    /** Scope of the database spans, apart from {@link #INSTRUMENTATION_SCOPE}: their names are made from their attributes. */
    public static final String DATABASE_INSTRUMENTATION_SCOPE = "org.example.observable.jdbc";
    public static final String DB_SYSTEM = "db.system";
    public static final String DB_NAME = "db.name";
    /** The statement, every literal replaced by {@code ?}. */
    public static final String DB_STATEMENT = "db.statement";
    public static final String DB_OPERATION = "db.operation";
    public static final String DB_SQL_TABLE = "db.sql.table";
    /** {@code postgresql://host:port}: no database, user or parameters. */
    public static final String DB_CONNECTION_STRING = "db.connection_string";
    public static final String SERVER_ADDRESS = "server.address";
    public static final String SERVER_PORT = "server.port";

    // --- Business metrics (telemetry.metrics) ---
    public static final String APP_USERS_REGISTERED = "app.users.registered";
    public static final String APP_POSTS_CREATED = "app.posts.created";
    public static final String APP_VOTES_CAST = "app.votes.cast";
    public static final String APP_ORDERS_PLACED = "app.orders.placed";
    public static final String APP_ORDER_AMOUNT = "app.order.amount";
    public static final String APP_PAYMENT_DURATION = "app.payment.duration";

    // --- Orders and payments ---
    public static final String SPAN_CREATE_ORDER = "create_order";
    /** The sweeper settling an order left PENDING (a root span of its own, one per order). */
    public static final String SPAN_SETTLE_PENDING_ORDER = "settle_pending_order";
    public static final String SPAN_CHECK_INVENTORY = "check_inventory";
    public static final String SPAN_PROCESS_PAYMENT = "process_payment";
    public static final String EVENT_ORDER_CREATED = "order.created";
    public static final String ORDER_ID = "order.id";
    public static final String ORDER_TYPE = "order.type";
    public static final String ORDER_AMOUNT = "order.amount";
    public static final String ORDER_QUANTITY = "order.quantity";
    /** PAID | FAILED, on app.orders.placed. */
    public static final String ORDER_STATUS = "order.status";
    public static final String PRODUCT_ID = "product.id";
    public static final String INVENTORY_AVAILABLE = "inventory.available";
    public static final String PAYMENT_METHOD = "payment.method";
    public static final String PAYMENT_TRANSACTION_ID = "payment.transaction_id";
    public static final String PAYMENT_IDEMPOTENCY_KEY = "payment.idempotency_key";
    /** approved | declined | error | timeout, on app.payment.duration. */
    public static final String PAYMENT_OUTCOME = "payment.outcome";
    /** W3C baggage key (set by the tenant filter from X-Tenant-ID) and attribute on the SERVER spans that see it. */
    public static final String TENANT_ID = "tenant.id";

    // --- Welcome message, sent in the background after a committed registration (notifications) ---
    public static final String SPAN_SEND_EMAIL = "send_email";
    /** The relay's delivery of one outbox message (CONSUMER), linked to the {@code send_email} span that wrote it. */
    public static final String SPAN_DELIVER_EMAIL = "deliver_email";
    /** Which attempt this delivery is, from 1. */
    public static final String EMAIL_DELIVERY_ATTEMPT = "email.delivery.attempt";
    /** The recipient's domain only (example.com); the address itself is never recorded. */
    public static final String EMAIL_DOMAIN = "email.domain";
    public static final String MESSAGE_LENGTH = "message.length";

    // --- Bulk import of posts (bulkimport): one span, one event per chunk ---
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

    // --- Identity (auth): log-in span, token validation span, the user on the request span ---
    public static final String SPAN_USER_LOGIN = "user.login";
    public static final String SPAN_AUTH_VALIDATE_TOKEN = "auth.validate_token";
    public static final String ENDUSER_ID = "enduser.id";
    public static final String AUTH_SUCCESS = "auth.success";

    // --- Viewing a post (posts), on the request span ---
    public static final String POST_ID = "post.id";
    public static final String POST_FOUND = "post.found";
    public static final String POST_AUTHOR_ID = "post.author_id";
    public static final String POST_PUBLISHED = "post.published";
    public static final String USER_ACTION = "user.action";

    // --- Outbound external API (external) ---
    public static final String SPAN_EXTERNAL_API_CALL = "external_api_call";
    /** The called URL without user info, query or fragment; {@link #HTTP_URL} repeats it in the guide's older name. */
    public static final String URL_FULL = "url.full";
    public static final String HTTP_URL = "http.url";
    public static final String EXTERNAL_API_NAME = "external.api.name";
}
