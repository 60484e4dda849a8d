package org.example.observable.telemetry.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Servlet requests and responses for the unit tests of the HTTP server telemetry, as Liberty hands them to a filter:
 * the application at the root, JAX-RS under the servlet path {@code /api}, header names matched case-insensitively.
 * A method the fake does not answer fails the test, so a test says everything the code under it reads.
 */
final class ServletExchanges {

    private ServletExchanges() {
    }

    /**
     * An HTTP/1.1 request; each header's value is a string, or a list of strings for a header the request repeats.
     */
    static HttpServletRequest request(String method, String uri, String query, Map<String, ?> headers) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> byName.put(name, value instanceof List<?> values
                ? values.stream().map(String.class::cast).toList() : List.of((String) value)));
        return (HttpServletRequest) Proxy.newProxyInstance(ServletExchanges.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getScheme" -> "http";
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getContextPath" -> "";
                    case "getServletPath" -> uri.startsWith("/api") ? "/api" : "";
                    case "getProtocol" -> "HTTP/1.1";
                    case "isAsyncStarted" -> false;
                    case "getHeader" -> byName.getOrDefault((String) args[0], List.of()).stream().findFirst().orElse(null);
                    case "getHeaders" -> Collections.enumeration(byName.getOrDefault((String) args[0], List.of()));
                    case "getHeaderNames" -> Collections.enumeration(byName.keySet().stream()
                            .map(name -> name.toLowerCase(Locale.ROOT)).toList());
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** A response that keeps the headers set on it in {@code headers} and answers {@code status}. */
    static HttpServletResponse response(Map<String, String> headers, int status) {
        return (HttpServletResponse) Proxy.newProxyInstance(ServletExchanges.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "getStatus" -> status;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** A request whose every method fails the test: for code that must not look at the request. */
    static HttpServletRequest untouchableRequest() {
        return untouchable(HttpServletRequest.class, "request");
    }

    /** A response whose every method fails the test: for code that must not look at the response. */
    static HttpServletResponse untouchableResponse() {
        return untouchable(HttpServletResponse.class, "response");
    }

    private static <T> T untouchable(Class<T> type, String what) {
        return type.cast(Proxy.newProxyInstance(ServletExchanges.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    throw new AssertionError("the code under test touched the " + what + ": " + method.getName());
                }));
    }
}
