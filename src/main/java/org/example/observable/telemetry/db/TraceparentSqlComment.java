package org.example.observable.telemetry.db;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
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

    private TraceparentSqlComment() {
    }

    static DataSource addTo(DataSource dataSource) {
        return proxy(DataSource.class, dataSource);
    }

    static String comment(String sql) {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid() || sql.contains("/*")) {
            return sql;
        }
        return sql + " /*traceparent='00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex() + "'*/";
    }

    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (args != null && args.length > 0 && args[0] instanceof String sql
                    && SQL_TAKING_METHODS.contains(method.getName())) {
                args[0] = comment(sql);
            }
            return wrapResult(InterfaceProxy.forward(method, target, args), method.getReturnType());
        };
        return type.cast(Proxy.newProxyInstance(TraceparentSqlComment.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object wrapResult(Object result, Class<?> declared) {
        // Most specific interface first: a CallableStatement is also a PreparedStatement and a Statement.
        if (result instanceof Connection connection && declared == Connection.class) {
            return proxy(Connection.class, connection);
        }
        if (result instanceof CallableStatement statement && declared == CallableStatement.class) {
            return proxy(CallableStatement.class, statement);
        }
        if (result instanceof PreparedStatement statement && declared == PreparedStatement.class) {
            return proxy(PreparedStatement.class, statement);
        }
        if (result instanceof Statement statement && declared == Statement.class) {
            return proxy(Statement.class, statement);
        }
        return result;
    }
}
