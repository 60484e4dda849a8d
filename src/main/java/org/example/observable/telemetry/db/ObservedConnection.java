package org.example.observable.telemetry.db;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A connection of the persistence unit as its telemetry sees it, one proxy for both concerns: its statements traced
 * ({@link StatementSpans}, when database spans are on) and its return to the pool measured
 * ({@link ConnectionPoolMetrics}, when the pool is measured: on the first {@code close()}; a second close is a no-op for
 * JDBC and here). A proxy rather than a delegating class of fifty methods: the persistence unit calls a handful per
 * statement.
 */
final class ObservedConnection implements InvocationHandler {

    private static final InterfaceProxy<Connection> CONNECTIONS = InterfaceProxy.forInterface(Connection.class);
    private static final VarHandle GIVEN_BACK;

    static {
        try {
            GIVEN_BACK = MethodHandles.lookup().findVarHandle(ObservedConnection.class, "givenBack", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Connection target;
    private final StatementSpans spans;
    private final ConnectionPoolMetrics pool;
    private final long obtainedAt;
    @SuppressWarnings("unused") // through GIVEN_BACK
    private volatile boolean givenBack;

    private ObservedConnection(Connection target, StatementSpans spans, ConnectionPoolMetrics pool, long obtainedAt) {
        this.target = target;
        this.spans = spans;
        this.pool = pool;
        this.obtainedAt = obtainedAt;
    }

    /**
     * @param spans      what traces the connection's statements, {@code null} for none
     * @param pool       the pool's meters, told when the connection is given back; {@code null} for none
     * @param obtainedAt when the pool handed the connection out, on the pool's clock
     */
    static Connection of(Connection target, StatementSpans spans, ConnectionPoolMetrics pool, long obtainedAt) {
        return CONNECTIONS.of(new ObservedConnection(target, spans, pool, obtainedAt));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "close" -> {
                try {
                    yield InterfaceProxy.forward(method, target, args);
                } finally {
                    if (pool != null && GIVEN_BACK.compareAndSet(this, false, true)) {
                        pool.givenBack(obtainedAt);
                    }
                }
            }
            case "createStatement" -> spans == null ? InterfaceProxy.forward(method, target, args)
                    : spans.plain((Statement) InterfaceProxy.forward(method, target, args), (Connection) proxy);
            case "prepareStatement" -> spans == null ? InterfaceProxy.forward(method, target, args)
                    : spans.prepared((PreparedStatement) InterfaceProxy.forward(method, target, args), (String) args[0],
                            (Connection) proxy);
            case "prepareCall" -> spans == null ? InterfaceProxy.forward(method, target, args)
                    : spans.callable((CallableStatement) InterfaceProxy.forward(method, target, args), (String) args[0],
                            (Connection) proxy);
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "observed " + target;
            default -> InterfaceProxy.forward(method, target, args);
        };
    }
}
