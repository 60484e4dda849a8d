package org.example.observable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.observable.testsupport.ApplicationClasses;
import org.junit.jupiter.api.Test;

/** The one table from a broken rule's kind to its HTTP status, and exception names that say which rule. */
class ApiExceptionMapperTest {

    @Test
    void everyKindIsAnsweredWithItsStatus() {
        Map<ApiException.Kind, Integer> statuses = Arrays.stream(ApiException.Kind.values())
                .collect(Collectors.toMap(Function.identity(), kind -> ApiExceptionMapper.statusOf(kind).getStatusCode(),
                        (a, b) -> a, TreeMap::new));
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry(ApiException.Kind.INVALID_INPUT, 400),
                Map.entry(ApiException.Kind.UNAUTHENTICATED, 401),
                Map.entry(ApiException.Kind.PAYMENT_DECLINED, 402),
                Map.entry(ApiException.Kind.FORBIDDEN, 403),
                Map.entry(ApiException.Kind.NOT_FOUND, 404),
                Map.entry(ApiException.Kind.CONFLICT, 409),
                Map.entry(ApiException.Kind.TOO_LARGE, 413),
                Map.entry(ApiException.Kind.TOO_MANY_ATTEMPTS, 429),
                Map.entry(ApiException.Kind.UPSTREAM_FAILED, 502),
                Map.entry(ApiException.Kind.UNAVAILABLE, 503),
                Map.entry(ApiException.Kind.UPSTREAM_TIMEOUT, 504))), statuses);
    }

    @Test
    void noTwoExceptionClassesShareASimpleName() {
        Map<String, List<String>> byName = ApplicationClasses.names().stream()
                .filter(name -> name.endsWith("Exception"))
                .collect(Collectors.groupingBy(name -> name.substring(name.lastIndexOf('.') + 1), TreeMap::new,
                        Collectors.toList()));
        assertEquals(Map.of(), byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "exception classes sharing a name");
        assertTrue(byName.containsKey("ApiException"), "the scan saw the application's classes: " + byName.keySet());
    }
}
