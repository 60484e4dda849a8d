package org.example.observable.telemetry.http;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.regex.Pattern;

/**
 * The {@code http.route} of a matched resource method: application base path + class {@code @Path} + method
 * {@code @Path}, each parameter written as the API names it ({@code {id: \d+}} becomes {@code {id}}), as the
 * semantic conventions and the OpenAPI document write it. Liberty takes its {@code http.route} from the raw
 * {@code @Path}, regex included, so resources declare none (docs/telemetry.md); with that, both agree and the
 * metrics join. Built from annotations only, so it can never contain a value from the request.
 */
public final class RouteTemplate {

    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private RouteTemplate() {
    }

    public static String of(String basePath, Class<?> resourceClass, Method resourceMethod) {
        return withoutParameterPatterns(join(basePath, classPath(resourceClass), methodPath(resourceMethod)));
    }

    /** {@code {name: regex}} to {@code {name}}; the regex may hold balanced braces of its own ({@code [0-9]{1,18}}). */
    static String withoutParameterPatterns(String template) {
        StringBuilder plain = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                plain.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            int depth = 1;
            int colon = -1;
            for (; end < template.length() && depth > 0; end++) {
                char inner = template.charAt(end);
                if (inner == '{') {
                    depth++;
                } else if (inner == '}') {
                    depth--;
                } else if (inner == ':' && depth == 1 && colon < 0) {
                    colon = end;
                }
            }
            if (depth > 0) {
                plain.append(template, i, template.length());
                break;
            }
            plain.append('{').append(template.substring(i + 1, colon < 0 ? end - 1 : colon).strip()).append('}');
            i = end;
        }
        return plain.toString();
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
