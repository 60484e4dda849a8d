package org.example.observable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one table from a broken rule's kind to its HTTP status, and exception names that say which rule. */
class ApiExceptionMapperTest {

    @Test
    void everyKindIsAnsweredWithItsStatus() {
        Map<ApiException.Kind, Integer> statuses = Arrays.stream(ApiException.Kind.values())
                .collect(Collectors.toMap(Function.identity(), kind -> ApiExceptionMapper.statusOf(kind).getStatusCode(),
                        (a, b) -> a, TreeMap::new));
        assertEquals(new TreeMap<>(Map.of(
                ApiException.Kind.INVALID_INPUT, 400,
                ApiException.Kind.UNAUTHENTICATED, 401,
                ApiException.Kind.PAYMENT_DECLINED, 402,
                ApiException.Kind.FORBIDDEN, 403,
                ApiException.Kind.NOT_FOUND, 404,
                ApiException.Kind.CONFLICT, 409,
                ApiException.Kind.TOO_LARGE, 413,
                ApiException.Kind.UPSTREAM_FAILED, 502,
                ApiException.Kind.UNAVAILABLE, 503,
                ApiException.Kind.UPSTREAM_TIMEOUT, 504)), statuses);
    }

    @Test
    void noTwoExceptionClassesShareASimpleName() throws IOException, URISyntaxException {
        Path classes = Path.of(ApiException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, List<String>> byName;
        try (Stream<Path> files = Files.walk(classes)) {
            byName = files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith("Exception.class") && !name.contains("$"))
                    .collect(Collectors.groupingBy(name -> Path.of(name).getFileName().toString(), TreeMap::new,
                            Collectors.toList()));
        }
        assertEquals(Map.of(), byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "exception classes sharing a name");
        assertTrue(byName.containsKey("ApiException.class"), "the scan saw the application's classes: " + classes);
    }
}
