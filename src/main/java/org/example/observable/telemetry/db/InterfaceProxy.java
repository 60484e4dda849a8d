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
 */
final class InterfaceProxy<T> {

    private final Class<T> type;
    private final MethodHandle constructor;

    InterfaceProxy(Class<T> type) {
        this.type = type;
        Class<?> proxyClass = Proxy.newProxyInstance(InterfaceProxy.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> null).getClass();
        try {
            constructor = MethodHandles.publicLookup()
                    .findConstructor(proxyClass, MethodType.methodType(void.class, InvocationHandler.class))
                    .asType(MethodType.methodType(Object.class, InvocationHandler.class));
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
