package org.example.observable.telemetry.db;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Proxies of one JDBC interface, made the cheap way: the proxy class and its constructor are looked up once, where
 * {@link Proxy#newProxyInstance} looks them up (and allocates) on every call, and every proxied call is forwarded by
 * the one {@link #forward} (reflection remembers only its last caller per method: two forwarding classes would
 * make it check access again, and allocate, on every call).
 * <p>
 * A record, because the JIT trusts a record's fields as constants: held in a {@code static final} field, its
 * constructor handle is folded into the code that calls {@link #of}, and a new proxy costs what {@code new} does.
 * A final field of a plain class is read on every call, and {@code invokeExact} on a handle it does not know goes
 * through the handle's generic invoker (docs/performance.md, eighteenth session).
 */
record InterfaceProxy<T>(Class<T> type, MethodHandle constructor) {

    /** The proxies of {@code type}; look it up once, into a {@code static final} field. */
    static <T> InterfaceProxy<T> forInterface(Class<T> type) {
        Class<?> proxyClass = Proxy.newProxyInstance(InterfaceProxy.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> null).getClass();
        try {
            return new InterfaceProxy<>(type, MethodHandles.publicLookup()
                    .findConstructor(proxyClass, MethodType.methodType(void.class, InvocationHandler.class))
                    .asType(MethodType.methodType(Object.class, InvocationHandler.class)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no public constructor on the proxy class of " + type, e);
        }
    }

    /** A new proxy of the interface whose calls go to {@code handler}. */
    T of(InvocationHandler handler) {
        try {
            return type.cast((Object) constructor.invokeExact(handler));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The proxied call on {@code target}, which throws what the target threw. */
    static Object forward(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
