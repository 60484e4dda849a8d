package org.example.observable.telemetry.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** sqlcommenter: the SQL PostgreSQL receives names the current span; without a span it is left alone. */
class TraceparentSqlCommentTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String SPAN_ID = "b7ad6b7169203331";

    private final List<String> sent = new ArrayList<>();

    @Test
    void preparedAndPlainStatementsCarryTheTraceparent() throws Exception {
        DataSource commented = TraceparentSqlComment.addTo(recordingDataSource());
        try (Scope scope = Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault())).makeCurrent();
             Connection connection = commented.getConnection()) {
            connection.prepareStatement("SELECT id FROM users WHERE email = ?");
            connection.createStatement().execute("SELECT 1");
        }
        String comment = " /*traceparent='00-" + TRACE_ID + "-" + SPAN_ID + "-01'*/";
        assertEquals(List.of("SELECT id FROM users WHERE email = ?" + comment, "SELECT 1" + comment), sent);
    }

    @Test
    void withoutASpanTheStatementIsUnchanged() throws Exception {
        try (Connection connection = TraceparentSqlComment.addTo(recordingDataSource()).getConnection()) {
            connection.prepareStatement("SELECT 1");
        }
        assertEquals(List.of("SELECT 1"), sent);
    }

    private DataSource recordingDataSource() {
        Statement statement = proxy(Statement.class, (p, m, a) -> {
            if (m.getName().equals("execute")) {
                sent.add((String) a[0]);
            }
            return m.getReturnType() == boolean.class ? false : null;
        });
        Connection connection = proxy(Connection.class, (p, m, a) -> switch (m.getName()) {
            case "prepareStatement" -> {
                sent.add((String) a[0]);
                yield null;
            }
            case "createStatement" -> statement;
            default -> null;
        });
        return proxy(DataSource.class, (p, m, a) -> m.getName().equals("getConnection") ? connection : null);
    }

    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
