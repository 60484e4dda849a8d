package org.example.observable.telemetry.db;

import static org.example.observable.telemetry.TelemetryAttributes.DB_OPERATION;
import static org.example.observable.telemetry.TelemetryAttributes.DB_SQL_TABLE;
import static org.example.observable.telemetry.TelemetryAttributes.DB_STATEMENT;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.api.incubator.semconv.db.SqlStatementInfo;
import io.opentelemetry.instrumentation.api.incubator.semconv.db.SqlStatementSanitizer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One CLIENT span per SQL statement executed on the connections it wraps, as semantic conventions 1.25 describe a
 * database span (docs/telemetry.md, "Database CLIENT spans"): named {@code {db.operation} {db.name}.{db.sql.table}},
 * with the statement's literals replaced by {@code ?} (the OpenTelemetry instrumentation API's
 * {@link SqlStatementSanitizer}; bind parameters are never read), ERROR with an {@code exception} event when the
 * statement throws. The span is a child of the span current when the statement runs; under a span that is not sampled
 * there is none (the statement follows its trace's sampling decision, whatever the sampler).
 * <p>
 * It replaces the OpenTelemetry JDBC library (2.6.0-alpha, the newest that runs on Liberty's API), whose spans it
 * reproduces name for name and attribute for attribute (DatabaseSpansIT), at half the allocation: the
 * library's instrumenter collects each span's attributes in a map of its own, then copies them into the span, and
 * sanitizes every execution's text afresh through a cache lookup that allocates. Here the name and attributes of each
 * distinct SQL text are built once, and a statement costs the span itself. The span is not made current while the
 * statement runs: only the driver runs under it.
 * <p>
 * The statements come from {@link ObservedConnection}, the connection's proxy. Proxies rather than delegating classes
 * of a hundred methods each: the persistence unit calls a handful per statement.
 */
final class StatementSpans {

    /** Distinct SQL texts whose span name and attributes are kept; when full, the kept ones are forgotten and it fills again. */
    static final int REMEMBERED_STATEMENTS = 1000;

    private static final SqlStatementSanitizer SANITIZER = SqlStatementSanitizer.create(true);
    private static final InterfaceProxy<Statement> STATEMENTS = InterfaceProxy.forInterface(Statement.class);
    private static final InterfaceProxy<PreparedStatement> PREPARED_STATEMENTS = InterfaceProxy.forInterface(PreparedStatement.class);
    private static final InterfaceProxy<CallableStatement> CALLABLE_STATEMENTS = InterfaceProxy.forInterface(CallableStatement.class);

    private final Tracer tracer;
    private final ConcurrentMap<String, SpanTemplate> templates = new ConcurrentHashMap<>();
    private volatile DatabaseAddress database;

    StatementSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** A statement's span as every execution of one SQL text starts it. */
    record SpanTemplate(String name, Attributes attributes) {

        static SpanTemplate of(String sql, DatabaseAddress database) {
            SqlStatementInfo statement = SANITIZER.sanitize(sql);
            AttributesBuilder attributes = database.attributes().toBuilder();
            if (statement.getFullStatement() != null) {
                attributes.put(DB_STATEMENT, statement.getFullStatement());
            }
            if (statement.getOperation() != null) {
                attributes.put(DB_OPERATION, statement.getOperation());
            }
            if (statement.getMainIdentifier() != null) {
                attributes.put(DB_SQL_TABLE, statement.getMainIdentifier());
            }
            return new SpanTemplate(name(statement.getOperation(), database.name(), statement.getMainIdentifier()),
                    attributes.build());
        }

        /** {@code SELECT observable.posts}; {@code SELECT observable} without a table; the database alone without an operation. */
        private static String name(String operation, String database, String table) {
            if (operation == null) {
                return database != null ? database : "DB Query";
            }
            StringBuilder name = new StringBuilder(operation);
            if (database != null || table != null) {
                name.append(' ');
            }
            if (database != null) {
                name.append(database);
                if (table != null) {
                    name.append('.');
                }
            }
            if (table != null) {
                name.append(table);
            }
            return name.toString();
        }
    }

    /** A statement of {@code connection} (the proxy the application holds), its executions traced. */
    Statement plain(Statement statement, Connection connection) throws SQLException {
        return STATEMENTS.of(new TracedStatement(statement, null, connected(connection)));
    }

    /** A prepared statement of {@code connection}, its executions traced as {@code sql}. */
    PreparedStatement prepared(PreparedStatement statement, String sql, Connection connection) throws SQLException {
        return PREPARED_STATEMENTS.of(new TracedStatement(statement, sql, connected(connection)));
    }

    /** A callable statement of {@code connection}, its executions traced as {@code sql}. */
    CallableStatement callable(CallableStatement statement, String sql, Connection connection) throws SQLException {
        return CALLABLE_STATEMENTS.of(new TracedStatement(statement, sql, connected(connection)));
    }

    /** The connection, once the database it reaches is known: read from the first connection's URL. */
    private Connection connected(Connection connection) throws SQLException {
        if (database == null) {
            database = DatabaseAddress.fromJdbcUrl(connection.getMetaData().getURL());
        }
        return connection;
    }

    SpanTemplate template(String sql) {
        SpanTemplate template = templates.get(sql);
        if (template == null) {
            template = SpanTemplate.of(sql, database);
            if (templates.size() >= REMEMBERED_STATEMENTS) {
                // Full: start over, so that texts seen once (literals in the SQL) cannot crowd out the recurring ones.
                templates.clear();
            }
            templates.putIfAbsent(sql, template);
        }
        return template;
    }

    private Object executed(String sql, Method method, Object target, Object[] args) throws Throwable {
        // The current context read once: the builder is given it rather than looking it up again.
        Context current = Context.current();
        SpanContext parent = Span.fromContext(current).getSpanContext();
        if (parent.isValid() && !parent.isSampled()) {
            // The trace is not sampled: no span. The SDK would drop it too (parent-based sampling, as shipped), but only
            // after the builder had copied the attributes and the sampler had run (0.45 KiB a statement, docs/performance.md).
            return InterfaceProxy.forward(method, target, args);
        }
        SpanTemplate template = template(sql);
        Span span = tracer.spanBuilder(template.name()).setParent(current).setSpanKind(SpanKind.CLIENT)
                .setAllAttributes(template.attributes()).startSpan();
        try {
            return InterfaceProxy.forward(method, target, args);
        } catch (Throwable failure) {
            span.setStatus(StatusCode.ERROR);
            span.recordException(failure);
            throw failure;
        } finally {
            span.end();
        }
    }

    private final class TracedStatement implements InvocationHandler {

        private final Statement target;
        /** The SQL text of a prepared or callable statement; {@code null} for a plain statement. */
        private final String prepared;
        private final Connection connection;
        /** The SQL texts of a plain statement's batch, while one is being built. */
        private List<String> batch;

        TracedStatement(Statement target, String prepared, Connection connection) {
            this.target = target;
            this.prepared = prepared;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                    String sql = args != null && args[0] instanceof String text ? text : prepared;
                    return sql == null ? InterfaceProxy.forward(method, target, args) : executed(sql, method, target, args);
                }
                case "executeBatch", "executeLargeBatch" -> {
                    String sql = prepared != null ? prepared : batch == null ? null : String.join("; ", batch);
                    batch = null;
                    return sql == null ? InterfaceProxy.forward(method, target, args) : executed(sql, method, target, args);
                }
                case "addBatch" -> {
                    if (args != null && args[0] instanceof String text) {
                        if (batch == null) {
                            batch = new ArrayList<>();
                        }
                        batch.add(text);
                    }
                    return InterfaceProxy.forward(method, target, args);
                }
                case "clearBatch" -> {
                    batch = null;
                    return InterfaceProxy.forward(method, target, args);
                }
                case "getConnection" -> {
                    return connection;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "traced " + target;
                }
                default -> {
                    return InterfaceProxy.forward(method, target, args);
                }
            }
        }
    }
}
