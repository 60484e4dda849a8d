package org.example.observable.telemetry.db;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * sqlcommenter: appends {@code /*traceparent='00-<trace>-<span>-<flags>'*&#47;} to each SQL text, so PostgreSQL's
 * own logs ({@code log_min_duration_statement}, {@code pg_stat_activity}) can be joined to the trace. The span
 * named is the one issuing the statement (the database span's parent): {@link StatementSpans} starts its span only
 * at execute time. Only when a span is current and valid; never on statements that already carry a comment.
 */
final class TraceparentSqlComment {

    private static final Set<String> SQL_TAKING_METHODS = Set.of("prepareStatement", "prepareCall", "execute",
            "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    private static final InterfaceProxy<DataSource> DATA_SOURCES = InterfaceProxy.forInterface(DataSource.class);
    private static final InterfaceProxy<Connection> CONNECTIONS = InterfaceProxy.forInterface(Connection.class);
    private static final InterfaceProxy<Statement> STATEMENTS = InterfaceProxy.forInterface(Statement.class);
    private static final InterfaceProxy<PreparedStatement> PREPARED_STATEMENTS = InterfaceProxy.forInterface(PreparedStatement.class);
    private static final InterfaceProxy<CallableStatement> CALLABLE_STATEMENTS = InterfaceProxy.forInterface(CallableStatement.class);

    private TraceparentSqlComment() {
    }

    static DataSource addTo(DataSource dataSource) {
        return proxy(DATA_SOURCES, dataSource);
    }

    static String comment(String sql) {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid() || sql.contains("/*")) {
            return sql;
        }
        return sql + " /*traceparent='00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex() + "'*/";
    }

    private static <T> T proxy(InterfaceProxy<T> proxies, T target) {
        return proxies.of((proxy, method, args) -> {
            if (args != null && args.length > 0 && args[0] instanceof String sql
                    && SQL_TAKING_METHODS.contains(method.getName())) {
                args[0] = comment(sql);
            }
            return wrapResult(InterfaceProxy.forward(method, target, args), method.getReturnType());
        });
    }

    private static Object wrapResult(Object result, Class<?> declared) {
        // Most specific interface first: a CallableStatement is also a PreparedStatement and a Statement.
        if (result instanceof Connection connection && declared == Connection.class) {
            return proxy(CONNECTIONS, connection);
        }
        if (result instanceof CallableStatement statement && declared == CallableStatement.class) {
            return proxy(CALLABLE_STATEMENTS, statement);
        }
        if (result instanceof PreparedStatement statement && declared == PreparedStatement.class) {
            return proxy(PREPARED_STATEMENTS, statement);
        }
        if (result instanceof Statement statement && declared == Statement.class) {
            return proxy(STATEMENTS, statement);
        }
        return result;
    }
}
