package org.example.observable.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules the OpenAPI document follows everywhere, read from the live {@code /openapi}. */
class OpenApiDocumentIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static JsonPath document;

    @BeforeAll
    static void readDocument() {
        document = ServiceUnderTest.request().accept(ContentType.JSON).get("/openapi?format=JSON")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyPropertyNameIsSnakeCase() {
        List<String> notSnakeCase = new ArrayList<>();
        Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
        schemas.forEach((schema, definition) -> {
            if (definition.get("properties") instanceof Map<?, ?> properties) {
                properties.keySet().stream().map(String::valueOf).filter(name -> !name.matches("[a-z][a-z0-9_]*"))
                        .forEach(name -> notSnakeCase.add(schema + "." + name));
            }
        });
        assertEquals(List.of(), notSnakeCase, "property names that are not snake_case");
    }

    @Test
    void everyErrorResponseIsAProblemAndEverySecuredOperationListsItsUnauthorizedAnswer() {
        List<String> notProblems = new ArrayList<>();
        List<String> without401 = new ArrayList<>();
        List<String> withoutId = new ArrayList<>();
        operations().forEach((key, operation) -> {
            Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
            responses.forEach((code, response) -> {
                if (String.valueOf(code).matches("[45]\\d\\d")
                        && !Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))
                                .equals(((Map<?, ?>) response).get("content"))) {
                    notProblems.add(key + " " + code);
                }
            });
            if (operation.get("security") instanceof List<?> security && !security.isEmpty() && !responses.containsKey("401")) {
                without401.add(key);
            }
            if (!(operation.get("operationId") instanceof String)) {
                withoutId.add(key);
            }
        });
        assertAll(
                () -> assertEquals(List.of(), notProblems, "error responses that are not application/problem+json Problem"),
                () -> assertEquals(List.of(), without401, "secured operations without 401"),
                () -> assertEquals(List.of(), withoutId, "operations without operationId"));
    }

    /**
     * Every operation but the two that never touch the database can answer 503 when PostgreSQL is away or a statement
     * times out (the token's user is confirmed there too), and every 503 carries {@code Retry-After}: the document
     * says so where the resource classes declare it. The wire side: {@code StatementTimeoutIT}, {@code DatabaseFaultsIT}.
     */
    @Test
    void everyOperationThatReachesTheDatabaseListsItsUnavailableAnswerWithRetryAfter() {
        Set<String> without503 = new TreeSet<>();
        List<String> withoutRetryAfter = new ArrayList<>();
        operations().forEach((key, operation) -> {
            if (((Map<?, ?>) operation.get("responses")).get("503") instanceof Map<?, ?> unavailable) {
                if (!(unavailable.get("headers") instanceof Map<?, ?> headers && headers.containsKey("Retry-After"))) {
                    withoutRetryAfter.add(key);
                }
            } else {
                without503.add(key);
            }
        });
        assertAll(
                () -> assertEquals(Set.of("GET /api/external/{resource}", "GET /api/telemetry/status"), without503,
                        "operations that list no 503: those that use no database"),
                () -> assertEquals(List.of(), withoutRetryAfter, "503 answers listed without Retry-After"));
    }

    @Test
    void theBearerSchemeIsTheTokenOfLogIn() {
        assertAll(
                () -> assertEquals("http", document.getString("components.securitySchemes.bearer.type"), "type"),
                () -> assertEquals("bearer", document.getString("components.securitySchemes.bearer.scheme"), "scheme"),
                () -> assertEquals("JWT", document.getString("components.securitySchemes.bearer.bearerFormat"), "format"),
                () -> assertEquals(List.of(Map.of("bearer", List.of())), document.getList("paths.'/api/users/me'.get.security"),
                        "GET /api/users/me needs it"),
                () -> assertNull(document.get("paths.'/api/login'.post.security"), "log-in does not"));
    }

    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> op = (Map<String, Object>) operation;
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path, op);
            }
        }));
        return operations;
    }
}
