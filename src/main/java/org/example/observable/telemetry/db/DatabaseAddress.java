package org.example.observable.telemetry.db;

import static org.example.observable.telemetry.TelemetryAttributes.DB_CONNECTION_STRING;
import static org.example.observable.telemetry.TelemetryAttributes.DB_NAME;
import static org.example.observable.telemetry.TelemetryAttributes.DB_SYSTEM;
import static org.example.observable.telemetry.TelemetryAttributes.SERVER_ADDRESS;
import static org.example.observable.telemetry.TelemetryAttributes.SERVER_PORT;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;

/**
 * The database a connection reaches, read from its JDBC URL ({@code DatabaseMetaData.getURL()}): what every
 * statement span carries besides the statement. Credentials and URL parameters are never kept.
 *
 * @param system the semantic conventions' {@code db.system}: {@code postgresql}, or {@code other_sql} for any URL
 *               this service does not use
 * @param name   the database ({@code db.name}), {@code null} when the URL names none
 * @param host   the first host of the URL ({@code server.address}), {@code null} when unknown
 * @param port   its port ({@code server.port}), 0 when unknown
 */
record DatabaseAddress(String system, String name, String host, int port) {

    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    /** What pgjdbc connects to when the URL leaves them out. */
    private static final String POSTGRESQL_DEFAULT_HOST = "localhost";
    private static final int POSTGRESQL_DEFAULT_PORT = 5432;

    static DatabaseAddress fromJdbcUrl(String url) {
        if (url == null || !url.startsWith(POSTGRESQL_PREFIX)) {
            return new DatabaseAddress("other_sql", null, null, 0);
        }
        // jdbc:postgresql:database, jdbc:postgresql:/, jdbc:postgresql://host[:port][,host2[:port2]...]/[database][?params]
        String rest = url.substring(POSTGRESQL_PREFIX.length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (!rest.startsWith("//")) {
            return new DatabaseAddress("postgresql", emptyToNull(rest.replace("/", "")), POSTGRESQL_DEFAULT_HOST,
                    POSTGRESQL_DEFAULT_PORT);
        }
        rest = rest.substring(2);
        int slash = rest.indexOf('/');
        String hosts = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 ? emptyToNull(rest.substring(slash + 1)) : null;
        String first = hosts.split(",", -1)[0];
        String host = first;
        int port = POSTGRESQL_DEFAULT_PORT;
        int colon = first.startsWith("[") ? first.indexOf(':', first.indexOf(']')) : first.lastIndexOf(':');
        if (colon >= 0) {
            host = first.substring(0, colon);
            String portText = first.substring(colon + 1);
            if (!portText.isEmpty()) {
                try {
                    port = Integer.parseInt(portText);
                } catch (NumberFormatException notAPort) {
                    port = 0;
                }
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new DatabaseAddress("postgresql", database, host.isEmpty() ? POSTGRESQL_DEFAULT_HOST : host, port);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** {@code system://host:port}, the connection string without database, user or parameters. */
    String connectionString() {
        if (host == null) {
            return null;
        }
        String address = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return system + "://" + address + (port > 0 ? ":" + port : "");
    }

    /** {@code db.system}, {@code db.name}, {@code db.connection_string}, {@code server.address}, {@code server.port}. */
    Attributes attributes() {
        AttributesBuilder attributes = Attributes.builder().put(DB_SYSTEM, system);
        if (name != null) {
            attributes.put(DB_NAME, name);
        }
        if (host != null) {
            attributes.put(DB_CONNECTION_STRING, connectionString()).put(SERVER_ADDRESS, host);
        }
        if (port > 0) {
            attributes.put(SERVER_PORT, (long) port);
        }
        return attributes.build();
    }
}
