package org.example.observable.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys of {@link TelemetryNames}, typed and made once. {@code Span.setAttribute(String, value)} makes a
 * new {@link AttributeKey} on every call, and the exporter then encodes that key's name afresh for every span it
 * sends; these constants are made once, their UTF-8 encoding cached with them. The names themselves live in
 * {@link TelemetryNames} only.
 */
public final class TelemetryAttributes {

    private TelemetryAttributes() {
    }

    // --- HTTP, on the SERVER span, our metrics and the external call span ---
    public static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey(TelemetryNames.HTTP_REQUEST_METHOD);
    public static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey(TelemetryNames.HTTP_ROUTE);
    public static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey(TelemetryNames.HTTP_RESPONSE_STATUS_CODE);
    public static final AttributeKey<String> URL_SCHEME = AttributeKey.stringKey(TelemetryNames.URL_SCHEME);
    public static final AttributeKey<String> HTTP_REQUEST_METHOD_ORIGINAL = AttributeKey.stringKey(TelemetryNames.HTTP_REQUEST_METHOD_ORIGINAL);
    public static final AttributeKey<String> URL_PATH = AttributeKey.stringKey(TelemetryNames.URL_PATH);
    public static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey(TelemetryNames.URL_QUERY);
    public static final AttributeKey<String> USER_AGENT_ORIGINAL = AttributeKey.stringKey(TelemetryNames.USER_AGENT_ORIGINAL);
    public static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey(TelemetryNames.CLIENT_ADDRESS);
    public static final AttributeKey<String> NETWORK_PROTOCOL_VERSION = AttributeKey.stringKey(TelemetryNames.NETWORK_PROTOCOL_VERSION);
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey(TelemetryNames.ERROR_TYPE);

    // --- Database statements ---
    public static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey(TelemetryNames.DB_SYSTEM);
    public static final AttributeKey<String> DB_NAME = AttributeKey.stringKey(TelemetryNames.DB_NAME);
    public static final AttributeKey<String> DB_STATEMENT = AttributeKey.stringKey(TelemetryNames.DB_STATEMENT);
    public static final AttributeKey<String> DB_OPERATION = AttributeKey.stringKey(TelemetryNames.DB_OPERATION);
    public static final AttributeKey<String> DB_SQL_TABLE = AttributeKey.stringKey(TelemetryNames.DB_SQL_TABLE);
    public static final AttributeKey<String> DB_CONNECTION_STRING = AttributeKey.stringKey(TelemetryNames.DB_CONNECTION_STRING);
    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey(TelemetryNames.SERVER_ADDRESS);
    public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey(TelemetryNames.SERVER_PORT);

    // --- The database connection pool ---
    public static final AttributeKey<String> DB_CLIENT_CONNECTION_POOL_NAME = AttributeKey.stringKey(TelemetryNames.DB_CLIENT_CONNECTION_POOL_NAME);
    public static final AttributeKey<String> DB_CLIENT_CONNECTION_STATE = AttributeKey.stringKey(TelemetryNames.DB_CLIENT_CONNECTION_STATE);

    // --- Identity ---
    public static final AttributeKey<String> ENDUSER_ID = AttributeKey.stringKey(TelemetryNames.ENDUSER_ID);
    public static final AttributeKey<Boolean> AUTH_SUCCESS = AttributeKey.booleanKey(TelemetryNames.AUTH_SUCCESS);

    // --- Viewing a post ---
    public static final AttributeKey<Long> POST_ID = AttributeKey.longKey(TelemetryNames.POST_ID);
    public static final AttributeKey<Boolean> POST_FOUND = AttributeKey.booleanKey(TelemetryNames.POST_FOUND);
    public static final AttributeKey<Long> POST_AUTHOR_ID = AttributeKey.longKey(TelemetryNames.POST_AUTHOR_ID);
    public static final AttributeKey<Boolean> POST_PUBLISHED = AttributeKey.booleanKey(TelemetryNames.POST_PUBLISHED);
    public static final AttributeKey<String> USER_ACTION = AttributeKey.stringKey(TelemetryNames.USER_ACTION);

    // --- Orders and payments ---
    public static final AttributeKey<Long> ORDER_ID = AttributeKey.longKey(TelemetryNames.ORDER_ID);
    public static final AttributeKey<String> ORDER_TYPE = AttributeKey.stringKey(TelemetryNames.ORDER_TYPE);
    public static final AttributeKey<Double> ORDER_AMOUNT = AttributeKey.doubleKey(TelemetryNames.ORDER_AMOUNT);
    public static final AttributeKey<Long> ORDER_QUANTITY = AttributeKey.longKey(TelemetryNames.ORDER_QUANTITY);
    public static final AttributeKey<String> ORDER_STATUS = AttributeKey.stringKey(TelemetryNames.ORDER_STATUS);
    public static final AttributeKey<Long> PRODUCT_ID = AttributeKey.longKey(TelemetryNames.PRODUCT_ID);
    public static final AttributeKey<Boolean> INVENTORY_AVAILABLE = AttributeKey.booleanKey(TelemetryNames.INVENTORY_AVAILABLE);
    public static final AttributeKey<String> PAYMENT_METHOD = AttributeKey.stringKey(TelemetryNames.PAYMENT_METHOD);
    public static final AttributeKey<String> PAYMENT_TRANSACTION_ID = AttributeKey.stringKey(TelemetryNames.PAYMENT_TRANSACTION_ID);
    public static final AttributeKey<String> PAYMENT_IDEMPOTENCY_KEY = AttributeKey.stringKey(TelemetryNames.PAYMENT_IDEMPOTENCY_KEY);
    public static final AttributeKey<String> PAYMENT_OUTCOME = AttributeKey.stringKey(TelemetryNames.PAYMENT_OUTCOME);
    public static final AttributeKey<String> TENANT_ID = AttributeKey.stringKey(TelemetryNames.TENANT_ID);

    // --- Notifications ---
    public static final AttributeKey<Long> EMAIL_DELIVERY_ATTEMPT = AttributeKey.longKey(TelemetryNames.EMAIL_DELIVERY_ATTEMPT);
    public static final AttributeKey<String> EMAIL_DOMAIN = AttributeKey.stringKey(TelemetryNames.EMAIL_DOMAIN);
    public static final AttributeKey<Long> MESSAGE_LENGTH = AttributeKey.longKey(TelemetryNames.MESSAGE_LENGTH);

    // --- Bulk import ---
    public static final AttributeKey<Long> DATASET_SIZE = AttributeKey.longKey(TelemetryNames.DATASET_SIZE);
    public static final AttributeKey<Long> DATASET_PROCESSED = AttributeKey.longKey(TelemetryNames.DATASET_PROCESSED);
    public static final AttributeKey<Long> DATASET_IMPORTED = AttributeKey.longKey(TelemetryNames.DATASET_IMPORTED);
    public static final AttributeKey<Long> DATASET_FAILED = AttributeKey.longKey(TelemetryNames.DATASET_FAILED);
    public static final AttributeKey<Long> CHUNK_INDEX = AttributeKey.longKey(TelemetryNames.CHUNK_INDEX);
    public static final AttributeKey<Long> CHUNK_SIZE = AttributeKey.longKey(TelemetryNames.CHUNK_SIZE);
    public static final AttributeKey<Long> TOTAL_PROCESSED = AttributeKey.longKey(TelemetryNames.TOTAL_PROCESSED);

    // --- Outbound external API ---
    public static final AttributeKey<String> URL_FULL = AttributeKey.stringKey(TelemetryNames.URL_FULL);
    public static final AttributeKey<String> HTTP_URL = AttributeKey.stringKey(TelemetryNames.HTTP_URL);
    public static final AttributeKey<String> EXTERNAL_API_NAME = AttributeKey.stringKey(TelemetryNames.EXTERNAL_API_NAME);
}
