package org.example.observable.telemetry.http;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.regex.Pattern;

/**
 * The {@code http.route} of a matched resource method: application base path + class {@code @Path} + method
 * {@code @Path}, written as JAX-RS writes it (a parameter keeps its regular expression, {@code {id: \d+}}), which
 * is also the {@code http.route} Liberty puts on its SERVER span and {@code http.server.request.duration}, so the
 * metrics join. Built from annotations only, so it can never contain a value from the request.
 */
public final class RouteTemplate {

    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private RouteTemplate() {
    }

    public static String of(String basePath, Class<?> resourceClass, Method resourceMethod) {
        return join(basePath, classPath(resourceClass), methodPath(resourceMethod));
    }

    static String join(String... parts) {
        String template = REPEATED_SLASHES.matcher("/" + String.join("/", parts)).replaceAll("/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    /** The class may be a CDI subclass proxy: the annotation sits on a superclass then. */
    private static String classPath(Class<?> resourceClass) {
        for (Class<?> type = resourceClass; type != null; type = type.getSuperclass()) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                return path.value();
            }
        }
        return "";
    }

    /** {@code @Path} may be declared on an interface the resource implements. */
    private static String methodPath(Method method) {
        if (method == null) {
            return "";
        }
        Path path = method.getAnnotation(Path.class);
        if (path != null) {
            return path.value();
        }
        for (Class<?> contract : method.getDeclaringClass().getInterfaces()) {
            try {
                Path declared = contract.getMethod(method.getName(), method.getParameterTypes()).getAnnotation(Path.class);
                if (declared != null) {
                    return declared.value();
                }
            } catch (NoSuchMethodException notDeclaredThere) {
                // keep looking in the next interface
            }
        }
        return "";
    }
}
