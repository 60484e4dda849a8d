package org.example.observable.telemetry.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One CLIENT span per executed statement, exactly as docs/telemetry.md promises, against a recording fake driver. */
class StatementSpansTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:55432/observable?password=secret";
    private static final Attributes OF_THE_DATABASE = Attributes.builder()
            .put(AttributeKey.stringKey("db.system"), "postgresql")
            .put(AttributeKey.stringKey("db.name"), "observable")
            .put(AttributeKey.stringKey("db.connection_string"), "postgresql://127.0.0.1:55432")
            .put(AttributeKey.stringKey("server.address"), "127.0.0.1")
            .put(AttributeKey.longKey("server.port"), 55432L)
            .build();

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider =
            SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final StatementSpans spans = new StatementSpans(tracerProvider.get("test"));
    /** What reached the fake driver, in order: method name and SQL text. */
    private final List<String> driverCalls = new ArrayList<>();

    @AfterEach
    void closeProvider() {
        tracerProvider.close();
    }

    @Test
    void anExecutedPreparedStatementIsOneClientSpanNamedAndAttributedFromItsSql() throws SQLException {
        try (Connection connection = ObservedConnection.of(driverConnection(), spans, null, 0);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT ID, TITLE FROM posts WHERE (ID = ?)")) {
            statement.setLong(1, 42L);
            statement.executeQuery();
        }

        SpanData span = onlySpan();
        assertEquals("SELECT observable.posts", span.getName());
        assertEquals(SpanKind.CLIENT, span.getKind());
        assertEquals(OF_THE_DATABASE.toBuilder()
                .put(AttributeKey.stringKey("db.statement"), "SELECT ID, TITLE FROM posts WHERE (ID = ?)")
                .put(AttributeKey.stringKey("db.operation"), "SELECT")
                .put(AttributeKey.stringKey("db.sql.table"), "posts")
                .build().asMap(), span.getAttributes().asMap());
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
        assertEquals(List.of("prepareStatement SELECT ID, TITLE FROM posts WHERE (ID = ?)", "setLong", "executeQuery",
                "close", "connection close"), driverCalls, "every call reached the driver, once");
    }

    @Test
    void theLiteralsOfAPlainStatementNeverReachTheSpan() throws SQLException {
        try (Connection connection = ObservedConnection.of(driverConnection(), spans, null, 0); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE users SET EMAIL = 'someone@example.org' WHERE ID = 7");
            statement.execute("select lastval()");
        }

        List<SpanData> finished = exporter.getFinishedSpanItems();
        assertEquals(List.of("UPDATE observable.users", "SELECT observable"),
                finished.stream().map(SpanData::getName).toList());
        assertEquals("UPDATE users SET EMAIL = ? WHERE ID = ?",
                finished.get(0).getAttributes().get(AttributeKey.stringKey("db.statement")));
        assertEquals(null, finished.get(1).getAttributes().get(AttributeKey.stringKey("db.sql.table")),
                "no table, no db.sql.table");
    }

    @Test
    void aStatementTheDatabaseRefusesIsAnErrorSpanAndTheSameExceptionReachesTheCaller() throws SQLException {
        SQLException thrown;
        try (Connection connection = ObservedConnection.of(driverConnection(), spans, null, 0);
                PreparedStatement statement = connection.prepareStatement("INSERT INTO posts (TITLE) VALUES (?)")) {
            statement.setString(1, "refused");
            thrown = assertThrows(SQLException.class, statement::executeUpdate);
        }

        assertEquals("refused by the fake driver", thrown.getMessage(), "the driver's own exception, unwrapped");
        SpanData span = onlySpan();
        assertEquals("INSERT observable.posts", span.getName());
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        EventData exception = span.getEvents().get(0);
        assertEquals("exception", exception.getName());
        assertEquals(SQLException.class.getName(), exception.getAttributes().get(AttributeKey.stringKey("exception.type")));
    }

    @Test
    void theSpanIsAChildOfTheSpanCurrentWhenTheStatementRuns() throws SQLException {
        Span parent = tracerProvider.get("test").spanBuilder("parent").startSpan();
        try (Scope ignored = parent.makeCurrent(); Connection connection = ObservedConnection.of(driverConnection(), spans, null, 0);
                PreparedStatement statement = connection.prepareStatement("DELETE FROM votes WHERE (ID = ?)")) {
            statement.executeUpdate();
        } finally {
            parent.end();
        }

        SpanData statement = exporter.getFinishedSpanItems().get(0);
        assertEquals("DELETE observable.votes", statement.getName());
        assertEquals(parent.getSpanContext().getSpanId(), statement.getParentSpanId());
        assertEquals(parent.getSpanContext().getTraceId(), statement.getTraceId());
    }

    @Test
    void aStatementUnderASpanThatIsNotSampledMakesNoSpanWhateverTheSampler() throws SQLException {
        // always_on would record a child of an unsampled parent: the statement follows its trace's decision instead.
        InMemorySpanExporter recorded = InMemorySpanExporter.create();
        try (SdkTracerProvider recordingEverything = SdkTracerProvider.builder().setSampler(Sampler.alwaysOn())
                .addSpanProcessor(SimpleSpanProcessor.create(recorded)).build()) {
            StatementSpans everySpan = new StatementSpans(recordingEverything.get("test"));
            Span notSampled = Span.wrap(SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
                    TraceFlags.getDefault(), TraceState.getDefault()));
            try (Connection connection = ObservedConnection.of(driverConnection(), everySpan, null, 0)) {
                try (Scope ignored = notSampled.makeCurrent();
                        PreparedStatement statement = connection.prepareStatement("DELETE FROM votes WHERE (ID = ?)")) {
                    statement.executeUpdate();
                }
                assertEquals(List.of(), recorded.getFinishedSpanItems(), "no span under the unsampled one");

                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM votes WHERE (ID = ?)")) {
                    statement.executeUpdate();
                }
                assertEquals(1, recorded.getFinishedSpanItems().size(), "outside it, the sampler's span");
            }
        }
        assertEquals(List.of("prepareStatement DELETE FROM votes WHERE (ID = ?)", "executeUpdate", "close",
                "prepareStatement DELETE FROM votes WHERE (ID = ?)", "executeUpdate", "close", "connection close"),
                driverCalls, "every statement ran, once");
    }

    @Test
    void aBatchIsOneSpanOfItsStatements() throws SQLException {
        try (Connection connection = ObservedConnection.of(driverConnection(), spans, null, 0)) {
            try (PreparedStatement prepared = connection.prepareStatement("INSERT INTO votes (POST_ID) VALUES (?)")) {
                prepared.setLong(1, 1L);
                prepared.addBatch();
                prepared.setLong(1, 2L);
                prepared.addBatch();
                prepared.executeBatch();
            }
            try (Statement plain = connection.createStatement()) {
                plain.addBatch("DELETE FROM votes WHERE ID = 1");
                plain.addBatch("DELETE FROM votes WHERE ID = 2");
                plain.executeBatch();
            }
        }

        List<SpanData> finished = exporter.getFinishedSpanItems();
        assertEquals(List.of("INSERT observable.votes", "DELETE observable.votes"),
                finished.stream().map(SpanData::getName).toList());
        assertEquals("DELETE FROM votes WHERE ID = ?; DELETE FROM votes WHERE ID = ?",
                finished.get(1).getAttributes().get(AttributeKey.stringKey("db.statement")));
    }

    @Test
    void onlyExecutionsMakeSpansAndTheStatementHandsBackTheTracedConnection() throws SQLException {
        try (Connection connection = ObservedConnection.of(driverConnection(), spans, null, 0);
                PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
            statement.setQueryTimeout(5);
            statement.clearParameters();
            assertSame(connection, statement.getConnection());
            assertEquals(statement, statement);
        }
        assertEquals(List.of(), exporter.getFinishedSpanItems());
    }

    @Test
    void eachDistinctSqlTextIsSanitizedOnceAndAFullMemoryStartsOver() throws SQLException {
        ObservedConnection.of(driverConnection(), spans, null, 0).createStatement(); // the database is known from then on
        StatementSpans.SpanTemplate first = spans.template("SELECT ID FROM posts");
        assertSame(first, spans.template("SELECT ID FROM posts"), "kept");
        for (int i = 1; i < StatementSpans.REMEMBERED_STATEMENTS; i++) {
            spans.template("SELECT ID FROM posts_" + i);
        }
        assertSame(first, spans.template("SELECT ID FROM posts"), "still kept with the memory full");

        StatementSpans.SpanTemplate pastTheLimit = spans.template("SELECT ID FROM users");
        assertEquals("SELECT observable.users", pastTheLimit.name());
        assertSame(pastTheLimit, spans.template("SELECT ID FROM users"), "the text past the limit is kept");
        StatementSpans.SpanTemplate again = spans.template("SELECT ID FROM posts");
        assertNotSame(first, again, "the earlier texts were forgotten");
        assertEquals(first, again, "and are made the same again");
    }

    private SpanData onlySpan() {
        List<SpanData> finished = exporter.getFinishedSpanItems();
        assertEquals(1, finished.size(), "spans: " + finished);
        return finished.get(0);
    }

    /** A connection whose statements record each call in {@link #driverCalls}; an INSERT of posts is refused. */
    private Connection driverConnection() {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> URL);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMetaData" -> metaData;
                    case "prepareStatement" -> {
                        driverCalls.add("prepareStatement " + args[0]);
                        yield driverStatement(PreparedStatement.class, (String) args[0]);
                    }
                    case "createStatement" -> driverStatement(Statement.class, null);
                    case "close" -> {
                        driverCalls.add("connection close");
                        yield null;
                    }
                    default -> null;
                });
    }

    private Object driverStatement(Class<?> type, String prepared) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
            driverCalls.add(method.getName());
            if (method.getName().startsWith("execute") && sql != null && sql.startsWith("INSERT INTO posts")) {
                throw new SQLException("refused by the fake driver", "22021");
            }
            return switch (method.getName()) {
                case "executeUpdate", "getQueryTimeout" -> 0;
                case "execute" -> false;
                case "executeBatch" -> new int[0];
                default -> null;
            };
        });
    }
}
